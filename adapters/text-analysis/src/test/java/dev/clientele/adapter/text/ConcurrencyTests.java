package dev.clientele.adapter.text;

import dev.clientele.playbooks.api.AnalysedText;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.assertj.core.api.Assertions.assertThat;

class ConcurrencyTests {

    private static final List<String> POLISH = List.of(
            "Żądam rozmowy z kierownikiem, natychmiast!", "zadam rozmowy z kierownikiem", "oddzwonie za kwadrans",
            "Nie jestem zły, ale czekam już trzeci tydzień na zwrot pieniędzy", "przelozonego prosze",
            "Proszę mnie przełączyć do kogoś decyzyjnego", "mial zadzwonic i nic", "złe umowy, drogie rozmowy");
    private static final List<String> ENGLISH = List.of(
            "I don't want another voucher, I want my money back!!!", "still waiting for a callback",
            "not angry, just tired of being transferred", "@united your agents were great, thanks 😊");

    @Test
    void oneAnalyserSharedByManyThreadsAnswersAsASingleThreadDoes() throws Exception {
        StandardTextAnalyser reference = new StandardTextAnalyser();
        List<AnalysedText> expected = new ArrayList<>();
        for (String text : POLISH) {
            expected.add(reference.analyse(text, "pl"));
        }
        for (String text : ENGLISH) {
            expected.add(reference.analyse(text, "en"));
        }

        // A fresh instance, so every thread reaches the dictionaries rather than the caches.
        StandardTextAnalyser shared = new StandardTextAnalyser();
        int threads = 8;
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        CountDownLatch start = new CountDownLatch(1);
        try {
            List<Future<List<AnalysedText>>> results = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                Callable<List<AnalysedText>> task = () -> {
                    start.await();
                    List<AnalysedText> mine = new ArrayList<>();
                    for (int round = 0; round < 20; round++) {
                        mine.clear();
                        for (String text : POLISH) {
                            mine.add(shared.analyse(text, "pl"));
                        }
                        for (String text : ENGLISH) {
                            mine.add(shared.analyse(text, "en"));
                        }
                    }
                    return List.copyOf(mine);
                };
                results.add(pool.submit(task));
            }
            start.countDown();
            for (Future<List<AnalysedText>> result : results) {
                assertThat(result.get()).isEqualTo(expected);
            }
        } finally {
            pool.shutdownNow();
        }
    }
}
