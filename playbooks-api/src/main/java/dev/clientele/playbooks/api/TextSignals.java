package dev.clientele.playbooks.api;

/**
 * Non-lexical signals of one turn, measured once by the host.
 *
 * @param characters            length of the text in characters
 * @param words                 number of word tokens
 * @param capitalsRatio         share of upper-case letters among the letters of words of two or more letters, in [0, 1]
 * @param longestExclamationRun the longest run of {@code !} (mixed {@code ?!} runs count their {@code !})
 * @param longestQuestionRun    the longest run of {@code ?}
 * @param questions             number of sentences ending with a question mark
 * @param emoji                 number of emoji
 * @since 0.1
 */
@Api(status = Api.Status.STABLE, since = "0.1")
public record TextSignals(int characters, int words, double capitalsRatio, int longestExclamationRun,
                          int longestQuestionRun, int questions, int emoji) {

    /** The signals of an empty text. */
    public static final TextSignals NONE = new TextSignals(0, 0, 0, 0, 0, 0, 0);

    public TextSignals {
        if (characters < 0 || words < 0 || longestExclamationRun < 0 || longestQuestionRun < 0 || questions < 0 || emoji < 0) {
            throw new IllegalArgumentException("text signals are counts and must not be negative");
        }
        if (!(capitalsRatio >= 0 && capitalsRatio <= 1)) {
            throw new IllegalArgumentException("capitalsRatio must be in [0, 1], got " + capitalsRatio);
        }
    }
}
