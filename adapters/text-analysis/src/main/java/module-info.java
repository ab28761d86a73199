/**
 * The standard text analyser: tokens, Polish lemmas from the Morfologik dictionary, English
 * Snowball stems, negation, quoting, signals and language detection, offered as a
 * {@link dev.clientele.core.application.port.out.TextAnalyser} service.
 */
module dev.clientele.adapter.text {
    requires dev.clientele.core;
    requires org.carrot2.morfologik.polish;
    requires org.carrot2.morfologik.stemming;
    requires org.apache.opennlp.tools;

    exports dev.clientele.adapter.text;

    provides dev.clientele.core.application.port.out.TextAnalyser
            with dev.clientele.adapter.text.StandardTextAnalyser;
}
