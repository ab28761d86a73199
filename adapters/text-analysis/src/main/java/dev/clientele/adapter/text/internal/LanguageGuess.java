package dev.clientele.adapter.text.internal;

import dev.clientele.playbooks.api.Token.Kind;

import java.util.List;
import java.util.Set;

/**
 * Tells Polish from English. Evidence for Polish: letters English lacks (ą ć ę ł ń ś ź ż weigh
 * 3, ó weighs 1 as Spanish and others share it), Polish function words, and words of four or
 * more letters the Polish dictionary knows, as written or with diacritics restored (weighing
 * little, as the dictionary holds loanwords such as "online"). Evidence for English: common
 * English words. Words both languages write the same ("a", "i", "to", "no", "do") count for
 * neither. With no evidence, or equal evidence, the answer is English.
 */
public final class LanguageGuess {

    private static final Set<String> POLISH_WORDS = Set.of(
            "nie", "jest", "sie", "ze", "jak", "czy", "ale", "mnie", "juz", "prosze", "jestem", "pan",
            "pani", "sa", "tak", "mam", "co", "dla", "po", "od", "za", "tylko", "bo", "jesli", "mi", "moje",
            "moj", "moja", "wasz", "panstwo", "dzien", "dobry", "dziekuje", "czesc", "bylo", "byl", "bedzie",
            "moge", "mozna", "jeszcze", "teraz", "kiedy", "gdzie", "dlaczego", "czemu", "przez", "tego",
            "ktory", "ktora", "ktore", "wiec", "oraz", "lub", "albo", "sobie", "wam", "ja", "ty", "wy",
            "oni", "nic", "nikt", "cos", "tez", "zeby", "na", "w", "z", "jakis", "jakies", "nawet", "bardzo",
            "wszystko", "dzis", "dzisiaj", "jutro", "wczoraj", "zawsze", "nigdy", "pozdrawiam");
    private static final Set<String> ENGLISH_WORDS = Set.of(
            "the", "and", "is", "you", "it", "not", "for", "my", "with", "this", "that", "have", "are",
            "was", "be", "me", "your", "of", "in", "we", "they", "but", "can", "will", "just", "what",
            "when", "why", "how", "please", "thanks", "thank", "hi", "hello", "been", "has", "had", "does",
            "did", "don't", "dont", "can't", "i'm", "it's", "our", "their", "from", "at", "an", "or", "if",
            "would", "could", "should", "there", "still", "yes", "get", "got", "flight", "service", "need",
            "like", "want", "help", "up", "out", "about", "all", "any", "some", "so", "very", "too", "now",
            "one", "more", "here", "who", "which", "them", "him", "her", "his", "she", "he", "i've", "i'll",
            "i'd", "you're", "we're", "they're", "isn't", "didn't", "doesn't", "won't", "wasn't", "am",
            "were", "by", "as", "than", "then", "after", "before", "again", "also", "only", "even",
            "because", "over", "into", "via", "through", "everything", "anything", "nothing", "tried", "try",
            "trying", "since", "ever", "never", "every", "hours", "days", "minutes", "customer", "call",
            "phone", "email", "account", "order", "told", "said", "going", "gonna", "wait", "waiting",
            "flights", "delayed", "cancelled", "hey", "guys", "thx", "pls", "plz", "yours", "us");

    private LanguageGuess() {
    }

    /**
     * The more likely of {@code pl} and {@code en} for the texts taken together.
     *
     * @param lemmas the Polish dictionary, asked whether it knows a word
     */
    public static String guess(List<String> texts, PolishLemmas lemmas) {
        double polish = 0;
        double english = 0;
        for (String text : texts) {
            if (text == null) {
                continue;
            }
            for (int i = 0; i < text.length(); i++) {
                char c = text.charAt(i);
                if (c == 'ó' || c == 'Ó') {
                    polish += 1;
                } else if (Folding.isPolishDiacritic(c)) {
                    polish += 3;
                }
            }
            for (Piece p : Tokeniser.split(text)) {
                if (p.kind() != Kind.WORD) {
                    continue;
                }
                String word = text.substring(p.start(), p.end());
                String folded = Folding.fold(word);
                if (ENGLISH_WORDS.contains(folded)) {
                    english += 1;
                } else if (POLISH_WORDS.contains(folded)) {
                    polish += 1;
                } else if (folded.length() >= 4 && lemmas.knowsPerhapsWithoutDiacritics(word)) {
                    // Loanwords such as "online" or "premium" are in the Polish dictionary too, so a hit weighs little.
                    polish += 0.3;
                }
            }
        }
        return polish > english ? "pl" : "en";
    }
}
