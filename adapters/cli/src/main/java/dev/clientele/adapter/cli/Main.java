package dev.clientele.adapter.cli;

import dev.clientele.adapter.cli.internal.UsageProblem;
import dev.clientele.adapter.json.InteractionJson;
import dev.clientele.core.application.port.in.InvalidInputException;
import picocli.CommandLine;

import java.io.InputStream;
import java.io.PrintWriter;

/**
 * The entry point of {@code clientele.jar}. Exit codes: 0 success, 1 internal failure, 2 invalid
 * input or usage. Errors go to standard error, one line each; stack traces only with {@code --debug}.
 */
public final class Main {

    private Main() {
    }

    public static void main(String[] args) {
        // Libraries that log (Hibernate Validator) go to SLF4J's no-op provider, not to standard error.
        System.setProperty("org.jboss.logging.provider", "slf4j");
        // Jackson's first use is a good part of a cold start; a spare core gets it done while the
        // command line is parsed. Daemon: a command that reads no JSON must not wait for it.
        Thread json = new Thread(InteractionJson::prepare, "clientele-json-prepare");
        json.setDaemon(true);
        json.start();
        int code = run(args, System.in, new PrintWriter(System.out, true), new PrintWriter(System.err, true));
        System.exit(code);
    }

    /** Runs one command with the given streams and returns its exit code; never calls {@link System#exit}. */
    public static int run(String[] args, InputStream in, PrintWriter out, PrintWriter err) {
        CommandLine cli = args.length > 0 ? commandLine(in, args[0]) : commandLine(in);
        cli.setOut(out);
        cli.setErr(err);
        try {
            return cli.execute(args);
        } finally {
            out.flush();
            err.flush();
        }
    }

    /** The configured command tree reading standard input from {@code in}. */
    static CommandLine commandLine(InputStream in) {
        return configured(ClienteleCommand.withSubcommands(new CommandLine(new ClienteleCommand()), in));
    }

    /**
     * The command tree for a command line whose first argument is {@code first}: the root and only
     * that subcommand when it names one (it then runs exactly as in the whole tree), else the whole tree.
     */
    static CommandLine commandLine(InputStream in, String first) {
        CommandLine root = new CommandLine(new ClienteleCommand());
        return ClienteleCommand.withSubcommand(root, in, first) ? configured(root) : commandLine(in);
    }

    private static CommandLine configured(CommandLine cli) {
        cli.setUsageHelpWidth(100);
        cli.setParameterExceptionHandler((problem, args) -> {
            CommandLine failed = problem.getCommandLine();
            failed.getErr().println("clientele: " + problem.getMessage().replace('\n', ' ')
                    + " (see '" + failed.getCommandSpec().qualifiedName() + " --help')");
            return ExitCodes.INVALID;
        });
        cli.setExecutionExceptionHandler((problem, failed, parsed) -> {
            PrintWriter err = failed.getErr();
            boolean debug = parsed.originalArgs().contains("--debug");
            if (problem instanceof UsageProblem) {
                err.println("clientele: " + problem.getMessage());
                return ExitCodes.INVALID;
            }
            if (problem instanceof InvalidInputException invalid) {
                invalid.violations().forEach(v -> err.println("clientele: " + v));
                return ExitCodes.INVALID;
            }
            err.println("clientele: internal failure: " + oneLine(problem)
                    + (debug ? "" : " (run again with --debug for the stack trace)"));
            if (debug) {
                problem.printStackTrace(err);
            }
            return ExitCodes.FAILURE;
        });
        return cli;
    }

    private static String oneLine(Throwable problem) {
        String message = problem.getMessage();
        String text = problem.getClass().getSimpleName() + (message == null ? "" : ": " + message);
        return text.replaceAll("\\s+", " ");
    }
}
