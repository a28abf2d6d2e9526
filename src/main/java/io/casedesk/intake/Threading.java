package io.casedesk.intake;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.springframework.stereotype.Component;

import io.casedesk.cases.CasesProperties;

/**
 * Which cases a mail may answer: numbers in brackets in the subject ({@code [CASE-10001]}), then the
 * Message-IDs Casedesk's outbound mail carries ({@code <uuid.CASE-10001@domain>}) in In-Reply-To and
 * References. These are only candidates: the caller threads a mail into a case only when its sender
 * may see that case.
 */
@Component
class Threading {

    private final Pattern subjectNumber;
    private final Pattern messageIdNumber;

    Threading(CasesProperties cases) {
        String number = "(" + Pattern.quote(cases.numberPrefix()) + "\\d{1,18})";
        this.subjectNumber = Pattern.compile("\\[" + number + "\\]");
        this.messageIdNumber = Pattern.compile("<[0-9a-fA-F]{8}(?:-[0-9a-fA-F]{4}){3}-[0-9a-fA-F]{12}\\." + number
                + "@[^<>@\\s]+>");
    }

    List<String> candidates(String subject, List<String> referencedIds) {
        List<String> numbers = new ArrayList<>();
        if (subject != null) {
            Matcher inSubject = subjectNumber.matcher(subject);
            while (inSubject.find()) {
                add(numbers, inSubject.group(1));
            }
        }
        for (String id : referencedIds) {
            fromMessageId(id).ifPresent(number -> add(numbers, number));
        }
        return numbers;
    }

    java.util.Optional<String> fromMessageId(String messageId) {
        if (messageId == null) {
            return java.util.Optional.empty();
        }
        Matcher matcher = messageIdNumber.matcher(messageId.strip());
        return matcher.matches() ? java.util.Optional.of(matcher.group(1)) : java.util.Optional.empty();
    }

    private static void add(List<String> numbers, String number) {
        if (!numbers.contains(number)) {
            numbers.add(number);
        }
    }
}
