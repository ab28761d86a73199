package dev.clientele.benchmarks.generate;

import dev.clientele.core.application.port.in.AccountInput;
import dev.clientele.core.application.port.in.InteractionInput;
import dev.clientele.core.application.port.in.PartyInput;
import dev.clientele.core.application.port.in.TurnInput;

import java.util.List;

/**
 * Renders an interaction as one line of {@code clientele.interaction/v1} JSON. Written by hand so
 * that the generator's output does not depend on the adapter it is meant to measure.
 */
public final class JsonLines {

    private JsonLines() {
    }

    /** The interaction as compact JSON on one line; absent optional fields are left out. */
    public static String render(InteractionInput interaction) {
        StringBuilder json = new StringBuilder(256 + 160 * interaction.turns().size());
        json.append("{\"id\":");
        string(json, interaction.id());
        json.append(",\"channel\":");
        string(json, interaction.channel());
        if (interaction.language() != null) {
            json.append(",\"language\":");
            string(json, interaction.language());
        }
        json.append(",\"requester\":");
        party(json, interaction.requester());
        if (interaction.account() != null) {
            AccountInput account = interaction.account();
            json.append(",\"account\":{\"id\":");
            string(json, account.id());
            if (account.name() != null) {
                json.append(",\"name\":");
                string(json, account.name());
            }
            if (account.tier() != null) {
                json.append(",\"tier\":");
                string(json, account.tier());
            }
            if (account.contacts() != null) {
                json.append(",\"contacts\":[");
                for (int i = 0; i < account.contacts().size(); i++) {
                    if (i > 0) {
                        json.append(',');
                    }
                    party(json, account.contacts().get(i));
                }
                json.append(']');
            }
            json.append('}');
        }
        if (interaction.context() != null) {
            json.append(",\"context\":{\"queueWaiting\":").append(interaction.context().queueWaiting())
                    .append(",\"previousContacts\":").append(interaction.context().previousContacts()).append('}');
        }
        json.append(",\"turns\":[");
        for (int i = 0; i < interaction.turns().size(); i++) {
            TurnInput turn = interaction.turns().get(i);
            json.append(i > 0 ? ",{\"at\":" : "{\"at\":");
            string(json, turn.at().toString());
            json.append(",\"from\":");
            string(json, turn.from());
            json.append(",\"text\":");
            string(json, turn.text());
            json.append('}');
        }
        json.append(']');
        if (interaction.asOf() != null) {
            json.append(",\"asOf\":");
            string(json, interaction.asOf().toString());
        }
        return json.append('}').toString();
    }

    private static void party(StringBuilder json, PartyInput party) {
        json.append("{\"id\":");
        string(json, party.id());
        if (party.name() != null) {
            json.append(",\"name\":");
            string(json, party.name());
        }
        List<String> roles = party.roles();
        if (roles != null) {
            json.append(",\"roles\":[");
            for (int i = 0; i < roles.size(); i++) {
                if (i > 0) {
                    json.append(',');
                }
                string(json, roles.get(i));
            }
            json.append(']');
        }
        json.append('}');
    }

    private static void string(StringBuilder json, String text) {
        json.append('"');
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '"' -> json.append("\\\"");
                case '\\' -> json.append("\\\\");
                case '\n' -> json.append("\\n");
                case '\r' -> json.append("\\r");
                case '\t' -> json.append("\\t");
                default -> {
                    if (c < 0x20) {
                        json.append(String.format("\\u%04x", (int) c));
                    } else {
                        json.append(c);
                    }
                }
            }
        }
        json.append('"');
    }
}
