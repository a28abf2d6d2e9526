package io.casedesk.intake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.List;

import org.junit.jupiter.api.Test;

import io.casedesk.cases.CasesProperties;

/** How each fixture under {@code src/test/resources/mail/} is read, without a database. */
class MailParserTest {

    private static ParsedMail parse(String fixture) throws MalformedMailException {
        return MailParser.parse(MailFixtures.load(fixture, "CASE-10042"));
    }

    @Test
    void multipartAlternativeIsReadFromItsTextPart() throws Exception {
        ParsedMail mail = parse("alternative.eml");
        assertThat(mail.fromAddress()).isEqualTo("dana@acme.example");
        assertThat(mail.fromName()).isEqualTo("Dana Designated");
        assertThat(mail.subject()).isEqualTo("Export job fails every night");
        assertThat(mail.text()).contains("error E42 since Monday").doesNotContain("HTML VERSION").doesNotContain("<");
        assertThat(mail.messageId()).endsWith("@fixtures.example>");
        assertThat(mail.automatic()).isNull();
        assertThat(mail.attachments()).isEmpty();
    }

    @Test
    void htmlOnlyMailBecomesPlainTextWithoutScripts() throws Exception {
        String text = parse("html-only.eml").text();
        assertThat(text).contains("The dashboard shows <wrong> totals & counts.")
                .contains("our status page <https://status.acme.example/incident/7>")
                .contains("Thanks, Dana")
                .doesNotContain("alert").doesNotContain("color: red").doesNotContain("<p>").doesNotContain("<script");
        assertThat(text.lines()).contains("Thanks, Dana");
    }

    @Test
    void bytesThatDoNotFitTheDeclaredCharsetAreStillRead() throws Exception {
        ParsedMail asciiClaimed = parse("wrong-charset.eml");
        assertThat(asciiClaimed.text()).isEqualTo("Grüße aus Köln: the report page is blank.");
        assertThat(asciiClaimed.subject()).isEqualTo("Grüße aus Köln");
        assertThat(parse("mislabelled-latin1.eml").text()).isEqualTo("The café menu shows garbage.");
        assertThat(parse("unknown-charset.eml").text()).isEqualTo("The login page shows ログイン instead of Login.");
    }

    @Test
    void attachmentNamesInRfc2231AreDecoded() throws Exception {
        ParsedMail mail = parse("encoded-filename.eml");
        assertThat(mail.text()).isEqualTo("The upload of the attached file is rejected.");
        assertThat(mail.attachments()).singleElement().satisfies(attachment -> {
            assertThat(attachment.fileName()).isEqualTo("Résumé.txt");
            assertThat(new String(attachment.content(), StandardCharsets.UTF_8)).isEqualTo("Sample résumé content.\n");
        });
    }

    @Test
    void aMultipartWithoutItsBoundaryIsRefused() {
        assertThatThrownBy(() -> parse("malformed-mime.eml")).isInstanceOf(MalformedMailException.class)
                .hasMessageContaining("cannot be read");
    }

    @Test
    void everyAttachmentIsReadWithItsSize() throws Exception {
        ParsedMail mail = parse("oversized-attachment.eml");
        assertThat(mail.attachments()).extracting(ParsedMail.Attachment::fileName).containsExactly("core.dump", "service.log");
        assertThat(mail.attachments().get(0).content()).hasSize(3000);
        assertThat(mail.attachments().get(1).content()).hasSize(75);
    }

    @Test
    void autoRepliesListsAndBouncesAreAutomatic() throws Exception {
        assertThat(parse("out-of-office.eml").automatic()).isEqualTo("Auto-Submitted: auto-replied");
        assertThat(parse("mailing-list.eml").automatic()).startsWith("Precedence: list");
        assertThat(MailParser.parse(("From: someone@example.org\nX-Autoreply: yes\nSubject: away\n\nAway.\n")
                .getBytes(StandardCharsets.US_ASCII)).automatic()).isEqualTo("X-Autoreply header");
        assertThat(MailParser.parse(("From: someone@example.org\nAuto-Submitted: no\nSubject: hi\n\nHi.\n")
                .getBytes(StandardCharsets.US_ASCII)).automatic()).isNull();
        assertThat(MailParser.parse(("Return-Path: <>\nFrom: someone@example.org\nSubject: hi\n\nHi.\n")
                .getBytes(StandardCharsets.US_ASCII)).automatic()).contains("bounce");
    }

    @Test
    void aDeliveryStatusNotificationNamesTheRecipientAndTheOriginal() throws Exception {
        ParsedMail mail = parse("delivery-status.eml");
        assertThat(mail.report()).isNotNull();
        assertThat(mail.report().recipient()).isEqualTo("gone@acme.example");
        assertThat(mail.report().diagnostic()).startsWith("5.1.1 smtp; 550 5.1.1");
        assertThat(mail.report().originalMessageId()).isEqualTo("<0b0e8c6a-2f6d-4b8e-9a51-77c1d2e3f4a5.CASE-10042@casedesk.local>");
        assertThat(mail.report().originalSubject()).isEqualTo("[CASE-10042] Your case was received");
    }

    @Test
    void threadingFindsCaseNumbersInTheSubjectAndInOurMessageIds() throws Exception {
        var threading = new Threading(new CasesProperties(null, null, null, null, null, null));
        ParsedMail outOfOffice = parse("out-of-office.eml");
        assertThat(threading.candidates(outOfOffice.subject(), outOfOffice.inReplyTo())).containsExactly("CASE-10042");
        assertThat(threading.candidates("Re: [CASE-7] and [CASE-8]", List.of(
                "<0b0e8c6a-2f6d-4b8e-9a51-77c1d2e3f4a5.CASE-9@casedesk.local>", "<not-ours.CASE-10@elsewhere>")))
                .containsExactly("CASE-7", "CASE-8", "CASE-9");
        assertThat(threading.candidates("CASE-11 without brackets", List.of())).isEmpty();
    }

    @Test
    void theKeyIsTheMessageIdOrAStableHashWithoutOne() {
        byte[] withId = MailFixtures.load("alternative.eml", null);
        assertThat(MailKeys.keyOf(withId)).isEqualTo(MailParser.messageIdOf(withId)).startsWith("<");
        String mail = "From: a@example.org\nTo: support@casedesk.local\nDate: Wed, 2 Dec 2026 09:00:00 +0100\n"
                + "Subject: no id\n\nBody one.\n";
        String relayed = "Received: from relay.example.org by mx\n" + mail;
        assertThat(MailKeys.keyOf(mail.getBytes(StandardCharsets.US_ASCII))).startsWith("sha256:")
                .isEqualTo(MailKeys.keyOf(relayed.getBytes(StandardCharsets.US_ASCII)))
                .isNotEqualTo(MailKeys.keyOf(mail.replace("Body one.", "Body two.").getBytes(StandardCharsets.US_ASCII)));
    }
}
