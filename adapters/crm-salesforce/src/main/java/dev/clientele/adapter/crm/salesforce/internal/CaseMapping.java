package dev.clientele.adapter.crm.salesforce.internal;

import dev.clientele.adapter.json.imports.ImportProblem;
import dev.clientele.adapter.json.imports.ImportSink;
import dev.clientele.core.application.port.in.AccountInput;
import dev.clientele.core.application.port.in.InputLimits;
import dev.clientele.core.application.port.in.InteractionInput;
import dev.clientele.core.application.port.in.PartyInput;
import dev.clientele.core.application.port.in.TurnInput;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/** Resolves the links between records and maps each Case to an interaction, or reports why not. */
final class CaseMapping {

    /** Where a link points: one record, none, or several records sharing a reference id. */
    private sealed interface Link {
        record Found(SfRecord record) implements Link {
        }

        record Missing(String value) implements Link {
        }

        record Ambiguous(String value, List<String> files) implements Link {
        }

        record Absent() implements Link {
        }
    }

    private record TimedTurn(TurnInput turn, int rank, String key) {
    }

    private static final Comparator<TimedTurn> TURN_ORDER = Comparator.comparing((TimedTurn t) -> t.turn().at())
            .thenComparingInt(TimedTurn::rank).thenComparing(TimedTurn::key);

    private final ImportSink sink;
    private final String tierField;
    private final Clock clock;
    private final Map<String, List<SfRecord>> byLink = new HashMap<>();
    private final Map<String, List<SfRecord>> childrenOfCase = new HashMap<>();
    private final Map<String, Map<String, Set<String>>> rolesByAccount = new HashMap<>();
    private final List<SfRecord> cases = new ArrayList<>();
    private Instant importedAt;

    CaseMapping(List<SfRecord> records, String tierField, Clock clock, ImportSink sink) {
        this.sink = sink;
        this.tierField = tierField;
        this.clock = clock;
        for (SfRecord record : records) {
            if (record.id() != null) {
                byLink.computeIfAbsent(record.id(), k -> new ArrayList<>()).add(record);
            }
            if (record.referenceId() != null) {
                byLink.computeIfAbsent("@" + record.referenceId(), k -> new ArrayList<>()).add(record);
            }
        }
        for (SfRecord record : records) {
            switch (record.type()) {
                case "Case" -> cases.add(record);
                case "CaseComment", "EmailMessage" -> linkToCase(record);
                case "AccountContactRelation" -> addRoles(record);
                default -> {
                    // Accounts and Contacts are reached through links; other types play no part.
                }
            }
        }
    }

    /** Maps every Case, in the order of their interaction ids. */
    void mapAll() {
        Map<String, SfRecord> byInteractionId = new TreeMap<>();
        for (SfRecord record : cases) {
            String id = interactionId(record);
            SfRecord held = byInteractionId.get(id);
            if (held == null) {
                byInteractionId.put(id, record);
            } else if (!sameRecord(held, record)) {
                sink.problem(ImportProblem.skipped(record.describe(), "a second Case with the id " + id
                        + " (first in " + held.file() + ", again in " + record.file() + ")"));
            }
        }
        byInteractionId.forEach((id, record) -> map(id, record).ifPresent(interaction -> {
            sink.interaction(interaction);
            if (record.flag("IsEscalated") || "Escalated".equalsIgnoreCase(record.text("Status"))) {
                sink.escalatedInSource(interaction.id());
            }
        }));
    }

    /** The Salesforce Id, else the visible CaseNumber, else the tree file's reference id. */
    private static String interactionId(SfRecord record) {
        if (record.id() != null) {
            return record.id();
        }
        String number = record.text("CaseNumber");
        return number != null ? number : record.referenceId();
    }

    private static boolean sameRecord(SfRecord a, SfRecord b) {
        return a.fields().equals(b.fields()) && a.type().equals(b.type());
    }

    private Optional<InteractionInput> map(String id, SfRecord record) {
        String name = "Case " + id;
        if (id.length() > InputLimits.MAX_ID_LENGTH) {
            return skip(name, "id longer than " + InputLimits.MAX_ID_LENGTH + " characters");
        }
        Link accountLink = resolve(record.text("AccountId"), "Account");
        Link contactLink = resolve(record.text("ContactId"), "Contact");
        if (contactLink instanceof Link.Missing missing && missing.value().startsWith("@")) {
            return skip(name, "ContactId " + missing.value() + " refers to no Contact in the export");
        }
        if (contactLink instanceof Link.Ambiguous ambiguous) {
            return skip(name, "ContactId " + ambiguous.value() + " is ambiguous: the reference is in "
                    + String.join(", ", ambiguous.files()));
        }
        Optional<SfRecord> contact = contactLink instanceof Link.Found found ? Optional.of(found.record()) : Optional.empty();
        Optional<SfRecord> account = account(name, accountLink, contact);

        List<TimedTurn> turns = turns(name, record);
        if (turns.isEmpty()) {
            return skip(name, "nothing said: no Description, published CaseComment or EmailMessage");
        }
        turns.sort(TURN_ORDER);
        if (turns.size() > InputLimits.MAX_TURNS) {
            sink.problem(ImportProblem.assumed(name, "more than " + InputLimits.MAX_TURNS + " turns; only the latest "
                    + InputLimits.MAX_TURNS + " are imported"));
            turns = turns.subList(turns.size() - InputLimits.MAX_TURNS, turns.size());
        }
        String accountKey = account.map(CaseMapping::linkKey).orElse(null);
        PartyInput requester = requester(name, id, record, contactLink, contact, accountKey);
        if (requester.id().length() > InputLimits.MAX_ID_LENGTH
                || account.map(a -> partyId(a).length() > InputLimits.MAX_ID_LENGTH).orElse(false)) {
            return skip(name, "a contact or account id longer than " + InputLimits.MAX_ID_LENGTH + " characters");
        }
        return Optional.of(new InteractionInput(id, channel(record.text("Origin")), null, requester,
                account.map(a -> accountInput(a, requester.id())).orElse(null), null,
                turns.stream().map(TimedTurn::turn).toList(), null));
    }

    /**
     * {@code Phone} to phone; {@code Email} and {@code Web} (web-to-case forms) to email; chat and
     * messaging to chat; social networks to social; walk-ins to in-person; anything else to other.
     */
    static String channel(String origin) {
        if (origin == null) {
            return "other";
        }
        String normal = origin.toLowerCase(Locale.ROOT).replaceAll("[^a-z]", "");
        return switch (normal) {
            case "phone", "voice", "call", "telephone" -> "phone";
            case "email", "web", "webform", "emailtocase", "webtocase" -> "email";
            case "chat", "livechat", "messaging", "sms", "whatsapp" -> "chat";
            case "social", "socialmedia", "facebook", "twitter", "x", "instagram" -> "social";
            case "inperson", "walkin", "onsite" -> "in-person";
            default -> "other";
        };
    }

    private Optional<SfRecord> account(String name, Link accountLink, Optional<SfRecord> contact) {
        Link link = accountLink;
        if (link instanceof Link.Absent && contact.isPresent()) {
            link = resolve(contact.get().text("AccountId"), "Account");
        }
        if (link instanceof Link.Found found) {
            return Optional.of(found.record());
        }
        if (link instanceof Link.Missing missing && !missing.value().startsWith("@")) {
            // An Id from a query whose Account was not exported: the account is known by its Id alone.
            return Optional.of(new SfRecord("Account", missing.value(), null,
                    com.fasterxml.jackson.databind.node.JsonNodeFactory.instance.objectNode(), ""));
        }
        if (link instanceof Link.Missing missing) {
            sink.problem(ImportProblem.assumed(name, "AccountId " + missing.value()
                    + " refers to no Account in the export; imported without an account"));
        } else if (link instanceof Link.Ambiguous ambiguous) {
            sink.problem(ImportProblem.assumed(name, "AccountId " + ambiguous.value() + " is ambiguous ("
                    + String.join(", ", ambiguous.files()) + "); imported without an account"));
        }
        return Optional.empty();
    }

    private PartyInput requester(String name, String id, SfRecord record, Link contactLink,
                                 Optional<SfRecord> contact, String accountKey) {
        if (contact.isPresent()) {
            return new PartyInput(partyId(contact.get()), personName(contact.get()),
                    roles(accountKey, linkKey(contact.get()), true));
        }
        if (contactLink instanceof Link.Missing missing) {
            return new PartyInput(missing.value(), null, roles(accountKey, missing.value(), true));
        }
        String email = record.text("SuppliedEmail");
        if (email != null && email.length() <= InputLimits.MAX_ID_LENGTH) {
            return new PartyInput(email, cut(record.text("SuppliedName")), List.of("end-user"));
        }
        String anonymous = "unknown-requester-of-" + id;
        sink.problem(ImportProblem.assumed(name, "no ContactId and no SuppliedEmail; the requester is recorded as "
                + anonymous + ", an end user without a name"));
        return new PartyInput(anonymous, null, List.of("end-user"));
    }

    private AccountInput accountInput(SfRecord account, String requesterId) {
        List<PartyInput> contacts = new ArrayList<>();
        Map<String, Set<String>> roles = rolesByAccount.getOrDefault(linkKey(account), Map.of());
        for (Map.Entry<String, Set<String>> entry : new TreeMap<>(roles).entrySet()) {
            Set<String> binding = new LinkedHashSet<>(entry.getValue());
            binding.retainAll(Set.of("payer", "decision-maker"));
            Link contactLink = resolve(entry.getKey(), "Contact");
            Optional<SfRecord> contact = contactLink instanceof Link.Found found ? Optional.of(found.record()) : Optional.empty();
            String id = contact.map(CaseMapping::partyId).orElse(entry.getKey());
            if (!binding.isEmpty() && !id.equals(requesterId) && contacts.size() < InputLimits.MAX_CONTACTS
                    && !id.startsWith("@") && id.length() <= InputLimits.MAX_ID_LENGTH) {
                contacts.add(new PartyInput(id, contact.map(CaseMapping::personName).orElse(null),
                        roles(linkKey(account), entry.getKey(), false)));
            }
        }
        String tier = tierField == null ? null : account.text(tierField);
        return new AccountInput(partyId(account), cut(account.text("Name")), cut(tier), contacts);
    }

    /**
     * The contract roles an AccountContactRelation gives a contact: Decision Maker to decision-maker,
     * Economic Buyer to payer, Business User to end-user. A requester with none of these is an end user.
     */
    private List<String> roles(String accountKey, String contactKey, boolean requester) {
        Set<String> roles = accountKey == null ? Set.of()
                : rolesByAccount.getOrDefault(accountKey, Map.of()).getOrDefault(contactKey, Set.of());
        List<String> ordered = new ArrayList<>();
        for (String role : List.of("end-user", "payer", "decision-maker")) {
            if (roles.contains(role)) {
                ordered.add(role);
            }
        }
        if (ordered.isEmpty() && requester) {
            ordered.add("end-user");
        }
        return ordered;
    }

    private void addRoles(SfRecord relation) {
        Link account = resolve(relation.text("AccountId"), "Account");
        Link contact = resolve(relation.text("ContactId"), "Contact");
        String accountKey = account instanceof Link.Found found ? linkKey(found.record()) : relation.text("AccountId");
        String contactKey = contact instanceof Link.Found found ? linkKey(found.record()) : relation.text("ContactId");
        if (accountKey == null || contactKey == null) {
            sink.problem(ImportProblem.skipped(relation.describe(), "no AccountId or no ContactId"));
            return;
        }
        Set<String> roles = rolesByAccount.computeIfAbsent(accountKey, k -> new HashMap<>())
                .computeIfAbsent(contactKey, k -> new HashSet<>());
        String text = relation.text("Roles");
        if (text == null) {
            return;
        }
        for (String role : text.split(";")) {
            switch (role.trim().toLowerCase(Locale.ROOT)) {
                case "decision maker" -> roles.add("decision-maker");
                case "economic buyer" -> roles.add("payer");
                case "business user" -> roles.add("end-user");
                default -> {
                    // Technical Buyer, Evaluator, Influencer and the rest have no counterpart in the contract.
                }
            }
        }
    }

    private void linkToCase(SfRecord child) {
        Link parent = resolve(child.text("ParentId"), "Case");
        if (parent instanceof Link.Found found) {
            childrenOfCase.computeIfAbsent(linkKey(found.record()), k -> new ArrayList<>()).add(child);
        } else {
            sink.problem(ImportProblem.skipped(child.describe(), child.text("ParentId") == null ? "no ParentId"
                    : "its Case " + child.text("ParentId") + " is not in the export"));
        }
    }

    private List<TimedTurn> turns(String name, SfRecord record) {
        List<TimedTurn> turns = new ArrayList<>();
        String description = record.text("Description");
        if (description != null) {
            turns.add(new TimedTurn(new TurnInput(at(name, record, "CreatedDate"), "customer", fit(name, description)),
                    0, ""));
        }
        for (SfRecord child : childrenOfCase.getOrDefault(linkKey(record), List.of())) {
            if ("CaseComment".equals(child.type())) {
                String body = child.text("CommentBody");
                // Unpublished comments are internal notes, like Zendesk's private comments.
                if (body != null && (!child.fields().has("IsPublished") || child.flag("IsPublished"))) {
                    turns.add(new TimedTurn(new TurnInput(at(child.describe(), child, "CreatedDate"), "agent",
                            fit(name, body)), 1, child.key()));
                }
            } else {
                String body = child.text("TextBody");
                if (body == null && child.text("HtmlBody") != null) {
                    body = child.text("HtmlBody").replaceAll("<[^>]*>", " ").replaceAll("\\s+", " ").trim();
                }
                // Status 5 is a draft that was never sent.
                if (body != null && !body.isEmpty() && !"5".equals(child.text("Status"))) {
                    String field = child.text("MessageDate") != null ? "MessageDate" : "CreatedDate";
                    turns.add(new TimedTurn(new TurnInput(at(child.describe(), child, field),
                            child.flag("Incoming") ? "customer" : "agent", fit(name, body)), 1, child.key()));
                }
            }
        }
        return turns;
    }

    /**
     * The record's time; when it has none, the moment of import. {@code sf data tree} files are seed
     * data without system fields, and Salesforce stamps such records with the moment they are inserted.
     */
    private Instant at(String name, SfRecord record, String field) {
        Optional<Instant> at = Timestamps.parse(record.text(field));
        if (at.isPresent()) {
            return at.get();
        }
        if (importedAt == null) {
            // Whole seconds, as Salesforce stores CreatedDate.
            importedAt = clock.instant().truncatedTo(ChronoUnit.SECONDS);
        }
        sink.problem(ImportProblem.assumed(name, (record.text(field) == null ? "no " + field
                : field + " is not a date-time: " + record.text(field)) + "; dated at the import, " + importedAt));
        return importedAt;
    }

    private Link resolve(String value, String type) {
        if (value == null) {
            return new Link.Absent();
        }
        List<SfRecord> candidates = byLink.getOrDefault(value, List.of()).stream()
                .filter(r -> r.type().equals(type)).toList();
        if (candidates.isEmpty()) {
            return new Link.Missing(value);
        }
        if (candidates.size() > 1 && value.startsWith("@")) {
            return new Link.Ambiguous(value, candidates.stream().map(SfRecord::file).distinct().sorted().toList());
        }
        // The same Id seen twice (a full record and a parent lookup): the fuller one knows more.
        return new Link.Found(candidates.stream().max(Comparator.comparingInt(r -> r.fields().size())).orElseThrow());
    }

    private static String linkKey(SfRecord record) {
        return record.id() != null ? record.id() : "@" + record.referenceId();
    }

    private static String partyId(SfRecord record) {
        return record.key();
    }

    private static String personName(SfRecord contact) {
        String name = contact.text("Name");
        if (name == null) {
            String first = contact.text("FirstName");
            String last = contact.text("LastName");
            name = first == null ? last : last == null ? first : first + " " + last;
        }
        return cut(name);
    }

    private static String cut(String text) {
        return text == null || text.length() <= InputLimits.MAX_NAME_LENGTH ? text
                : text.substring(0, InputLimits.MAX_NAME_LENGTH);
    }

    private String fit(String name, String text) {
        if (text.length() <= InputLimits.MAX_TURN_CHARACTERS) {
            return text;
        }
        sink.problem(ImportProblem.assumed(name, "a text longer than " + InputLimits.MAX_TURN_CHARACTERS
                + " characters is cut to that length"));
        return text.substring(0, InputLimits.MAX_TURN_CHARACTERS);
    }

    private Optional<InteractionInput> skip(String name, String reason) {
        sink.problem(ImportProblem.skipped(name, reason));
        return Optional.empty();
    }
}
