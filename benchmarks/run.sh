#!/usr/bin/env bash
# Runs every measurement of issue 6 and writes docs/performance.md:
#   JMH (single assessment, Drools peer, incremental, plugins), the CLI's batch over generated
#   JSONL (10k and 100k interactions, /usr/bin/time -v), and start-up against a hello-world jar.
# Takes about 9 minutes on a quiet 2-core machine. Builds the jars first when they are missing or older
# than any source. Environment: JMH_OPTS (default: short settings), CLIENTELE_DATA (shared data),
# BENCH_OUT (results folder, default benchmarks/target/run), SKIP_BUILD=1 (measure the jars as they are),
# BENCH_JAR and CLI_JAR (other jars to measure), REPORT_ONLY=1 (rewrite the report from the last results).
set -euo pipefail

ROOT=$(cd "$(dirname "$0")/.." && pwd)
cd "$ROOT"
OUT=${BENCH_OUT:-$ROOT/benchmarks/target/run}
DATA=${CLIENTELE_DATA:-$ROOT/../shared/data}
BENCH_JAR=${BENCH_JAR:-benchmarks/target/benchmarks.jar}
CLI_JAR=${CLI_JAR:-adapters/cli/target/clientele.jar}
JMH_OPTS=${JMH_OPTS:--f 1 -wi 2 -w 2s -i 3 -r 2s}
BATCH_REPEATS=3
BATCH_REPEATS_LARGE=2
BOUNDED_HEAP=256m
STARTUP_WARMUPS=3
STARTUP_RUNS=15
SEED=20260302
START=$(date +%s)

say() { printf '== %s\n' "$*" >&2; }
fact() { printf '%s=%s\n' "$1" "$2" >> "$OUT/facts.properties"; }

mkdir -p "$OUT"
report() {
    [ -f benchmarks/reading.md ] && cp benchmarks/reading.md "$OUT/reading.md"
    say "writing docs/performance.md (and the labelled-set agreement)"
    java -cp "$BENCH_JAR" dev.clientele.benchmarks.report.PerformanceReport "$OUT" docs/performance.md \
        "$DATA/labelled/dev.jsonl"
}
if [ "${REPORT_ONLY:-0}" = 1 ]; then
    report
    exit 0
fi
: > "$OUT/facts.properties"

# /usr/bin/time (GNU time) gives peak RSS; Debian keeps it in its own package.
if [ ! -x /usr/bin/time ]; then
    say "installing GNU time"
    SUDO=$([ "$(id -u)" -eq 0 ] && echo "" || echo sudo)
    $SUDO apt-get update -qq && $SUDO apt-get install -y -qq time >/dev/null
fi

# Rebuild when a jar is missing or any source or pom is newer than it.
stale() {
    [ ! -f "$1" ] && return 0
    [ -n "$(find . \( -name 'target*' -o -name '.git' \) -prune -o \
        \( -name '*.java' -o -name 'pom.xml' -o -path '*/src/main/resources/*' \) -newer "$1" -print -quit)" ]
}
if [ "${SKIP_BUILD:-0}" != 1 ] && { stale "$BENCH_JAR" || stale "$CLI_JAR"; }; then
    say "building (mvn -B -q package -DskipTests)"
    mvn -B -q package -DskipTests
fi

say "machine"
fact date "$(date -u +%Y-%m-%dT%H:%MZ)"
fact machine.cpu "$(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2- | sed 's/^ *//')"
fact machine.nproc "$(nproc)"
fact machine.memory "$(awk '/MemTotal/ {printf "%.1f GB", $2 / 1048576}' /proc/meminfo)"
fact machine.os "$(. /etc/os-release && echo "$PRETTY_NAME") $(uname -r)"
fact jvm.version "$(java -version 2>&1 | sed -n 3p)"
fact load.before "$(cut -d' ' -f1-3 /proc/loadavg)"
fact git.commit "$(git -C "$ROOT" describe --always --dirty 2>/dev/null || echo unknown)"

# ---------------------------------------------------------------- JMH
say "JMH ($JMH_OPTS)"
JMH_CMD="java -jar $BENCH_JAR 'SingleAssessmentBenchmark|DroolsPeerBenchmark|IncrementalBenchmark|IncrementalBreakdownBenchmark|PlaybookScaleBenchmark' $JMH_OPTS -rf json -rff $OUT/jmh.json"
fact jmh.options "$JMH_OPTS"
fact jmh.command "$JMH_CMD"
# shellcheck disable=SC2086
java -jar "$BENCH_JAR" 'SingleAssessmentBenchmark|DroolsPeerBenchmark|IncrementalBenchmark|IncrementalBreakdownBenchmark|PlaybookScaleBenchmark' \
    $JMH_OPTS -rf json -rff "$OUT/jmh.json" > "$OUT/jmh.log" 2>&1 || { tail -40 "$OUT/jmh.log" >&2; exit 1; }

# ---------------------------------------------------------------- batch
seconds_of() { # "h:mm:ss" or "m:ss.ss" to seconds
    awk -F: '{ s = 0; for (i = 1; i <= NF; i++) s = s * 60 + $i; printf "%.3f", s }' <<< "$1"
}
fact batch.seed "$SEED"
fact batch.bounded_heap "$BOUNDED_HEAP"
fact batch.repeats "$BATCH_REPEATS (10k) and $BATCH_REPEATS_LARGE (100k)"
fact batch.command "/usr/bin/time -v java -jar $CLI_JAR batch interactions-N.jsonl --out assessments-N.jsonl"
for n in 10000 100000; do
    in="$OUT/interactions-$n.jsonl"
    say "generating $n interactions"
    java -cp "$BENCH_JAR" dev.clientele.benchmarks.generate.GenerateInteractions "$n" "$in" "$SEED"
    fact "batch.$n.bytes" "$(du -h "$in" | cut -f1)"
    secs=""
    rss=""
    repeats=$([ "$n" -ge 100000 ] && echo "$BATCH_REPEATS_LARGE" || echo "$BATCH_REPEATS")
    for run in $(seq "$repeats"); do
        say "batch $n, run $run"
        if /usr/bin/time -v -o "$OUT/time-$n-$run.txt" java -jar "$CLI_JAR" batch "$in" --out "$OUT/assessments-$n.jsonl" \
            > "$OUT/batch-$n-$run.log" 2>&1; then
            lines=$(wc -l < "$OUT/assessments-$n.jsonl")
            if [ "$lines" -ne "$n" ]; then
                fact "batch.$n.problem" "run $run wrote $lines assessments for $n interactions"
                break
            fi
            wall=$(awk -F': ' '/Elapsed \(wall clock\)/ {print $NF}' "$OUT/time-$n-$run.txt")
            secs="$secs${secs:+,}$(seconds_of "$wall")"
            rss="$rss${rss:+,}$(awk -F': ' '/Maximum resident set size/ {print $NF}' "$OUT/time-$n-$run.txt")"
        else
            fact "batch.$n.problem" "run $run failed: $(tail -1 "$OUT/batch-$n-$run.log")"
            break
        fi
    done
    fact "batch.$n.seconds" "$secs"
    fact "batch.$n.rss_kb" "$rss"
    # Once more with a fixed heap: tells a growing live set from the JVM's heap sizing.
    say "batch $n, -Xmx$BOUNDED_HEAP"
    if /usr/bin/time -v -o "$OUT/time-$n-bounded.txt" java "-Xmx$BOUNDED_HEAP" -jar "$CLI_JAR" batch "$in" \
        --out "$OUT/assessments-$n.jsonl" > "$OUT/batch-$n-bounded.log" 2>&1; then
        fact "batch.$n.bounded.seconds" "$(seconds_of "$(awk -F': ' '/Elapsed \(wall clock\)/ {print $NF}' "$OUT/time-$n-bounded.txt")")"
        fact "batch.$n.bounded.rss_kb" "$(awk -F': ' '/Maximum resident set size/ {print $NF}' "$OUT/time-$n-bounded.txt")"
    else
        fact "batch.$n.bounded.problem" "$(tail -1 "$OUT/batch-$n-bounded.log")"
    fi
done

# The 100k file once more through the library with every core assessing (ConcurrentBatch): the
# headroom a concurrent batch command would have.
say "concurrent batch over the library, $(nproc) threads"
if /usr/bin/time -v -o "$OUT/time-concurrent.txt" java -cp "$BENCH_JAR" dev.clientele.benchmarks.batch.ConcurrentBatch \
    "$OUT/interactions-100000.jsonl" "$OUT/assessments-concurrent.jsonl" "$(nproc)" > "$OUT/concurrent.log" 2>&1; then
    fact batch.concurrent.seconds "$(seconds_of "$(awk -F': ' '/Elapsed \(wall clock\)/ {print $NF}' "$OUT/time-concurrent.txt")")"
    fact batch.concurrent.cpu "$(awk -F': ' '/Percent of CPU/ {print $NF}' "$OUT/time-concurrent.txt")"
    fact batch.concurrent.threads "$(nproc)"
else
    fact batch.concurrent.problem "$(tail -1 "$OUT/concurrent.log")"
fi
for n in 10000 100000; do
    fact "batch.$n.cpu" "$(for f in "$OUT"/time-$n-[0-9]*.txt; do awk -F': ' '/Percent of CPU/ {print $NF}' "$f"; done | paste -sd, -)"
done

# ---------------------------------------------------------------- start-up
say "start-up"
HELLO="$OUT/hello"
mkdir -p "$HELLO/src"
cat > "$HELLO/src/Hello.java" <<'JAVA'
public class Hello {
    public static void main(String[] args) {
        System.out.println("hello");
    }
}
JAVA
javac -d "$HELLO/classes" "$HELLO/src/Hello.java"
jar --create --file "$HELLO/hello.jar" --main-class Hello -C "$HELLO/classes" .
java -cp "$BENCH_JAR" dev.clientele.benchmarks.generate.GenerateInteractions 1 "$OUT/one.json" "$SEED"
fact startup.hello.command "java -jar hello.jar"
fact startup.cli.command "java -jar $CLI_JAR assess one.json"
fact startup.runs "$STARTUP_RUNS"
fact startup.warmups "$STARTUP_WARMUPS"
millis() { local t0 t1; t0=$(date +%s%N); "$@" > /dev/null 2>&1 || return 1; t1=$(date +%s%N); echo $(( (t1 - t0) / 1000000 )); }
for _ in $(seq "$STARTUP_WARMUPS"); do
    millis java -jar "$HELLO/hello.jar" > /dev/null
    millis java -jar "$CLI_JAR" assess "$OUT/one.json" > /dev/null || true
done
hello=""
cli=""
for _ in $(seq "$STARTUP_RUNS"); do
    hello="$hello${hello:+,}$(millis java -jar "$HELLO/hello.jar")"
    if t=$(millis java -jar "$CLI_JAR" assess "$OUT/one.json"); then
        cli="$cli${cli:+,}$t"
    fi
done
fact startup.hello.ms "$hello"
fact startup.cli.ms "$cli"

# The same command with an application class-data archive (AppCDS), the cheapest mitigation.
java -XX:ArchiveClassesAtExit="$OUT/clientele.jsa" -jar "$CLI_JAR" assess "$OUT/one.json" > /dev/null 2>&1 || true
if [ -f "$OUT/clientele.jsa" ]; then
    cds=""
    for _ in $(seq "$STARTUP_RUNS"); do
        if t=$(millis java -XX:SharedArchiveFile="$OUT/clientele.jsa" -jar "$CLI_JAR" assess "$OUT/one.json"); then
            cds="$cds${cds:+,}$t"
        fi
    done
    fact startup.cds.ms "$cds"
    fact startup.cds.command "java -XX:SharedArchiveFile=clientele.jsa -jar $CLI_JAR assess one.json"
fi

# Where a cold start goes, phase by phase, each run in a fresh JVM.
for run in 1 2 3; do
    java -cp "$BENCH_JAR" dev.clientele.benchmarks.startup.StartUpPhases "$OUT/one.json" "$OUT/phases-$run.properties"
done
for phase in json analyser engine view first second; do
    fact "phases.$phase" "$(for run in 1 2 3; do sed -n "s/^$phase=//p" "$OUT/phases-$run.properties"; done | paste -sd, -)"
done

# ---------------------------------------------------------------- report
fact load.after "$(cut -d' ' -f1-3 /proc/loadavg)"
fact run.seconds "$(( $(date +%s) - START ))"
report
say "done in $(( $(date +%s) - START )) s"
