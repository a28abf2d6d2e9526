package io.casedesk.intake;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Properties;

import jakarta.mail.Address;
import jakarta.mail.BodyPart;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.Session;
import jakarta.mail.internet.ContentType;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.InternetHeaders;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeUtility;

/**
 * Reads a mail's raw bytes into a {@link ParsedMail}. Lenient where mail clients commonly err
 * (encoded words inside words, a charset that does not match the bytes, an unknown charset name), and
 * refuses with {@link MalformedMailException} what cannot be read at all (a broken MIME structure, an
 * undecodable transfer encoding), so that the mail is kept whole instead.
 */
final class MailParser {

    private static final java.util.Set<String> SINGLE_BYTE_LABELS = java.util.Set.of("us-ascii", "iso-8859-1",
            "windows-1252");

    static final Session SESSION = Session.getInstance(sessionProperties());

    private static Properties sessionProperties() {
        var properties = new Properties();
        properties.setProperty("mail.mime.decodetext.strict", "false");
        properties.setProperty("mail.mime.decodefilename", "true");
        properties.setProperty("mail.mime.decodeparameters", "true");
        properties.setProperty("mail.mime.address.strict", "false");
        return properties;
    }

    static ParsedMail parse(byte[] raw) throws MalformedMailException {
        try {
            var message = new MimeMessage(SESSION, new ByteArrayInputStream(raw));
            var body = new Body();
            DeliveryReportReader report = null;
            if (message.isMimeType("multipart/report") && "delivery-status".equalsIgnoreCase(
                    new ContentType(message.getContentType()).getParameter("report-type"))) {
                report = new DeliveryReportReader();
                readReport(message, body, report);
            } else {
                read(message, body);
            }
            InternetAddress from = sender(message);
            return new ParsedMail(header(message, "Message-ID"),
                    from == null ? null : from.getAddress().toLowerCase(Locale.ROOT),
                    from == null ? null : oneLine(from.getPersonal()),
                    message.getSubject() == null ? "" : oneLine(message.getSubject()),
                    messageIds(header(message, "In-Reply-To"), header(message, "References")),
                    body.text(), List.copyOf(body.attachments), LoopGuard.automatic(message),
                    report == null ? null : report.toReport());
        } catch (MessagingException | IOException | RuntimeException e) {
            throw new MalformedMailException("The mail cannot be read: " + e.getMessage(), e);
        }
    }

    /** The Message-ID alone, read from the headers even when the rest of the mail is broken. */
    static String messageIdOf(byte[] raw) {
        try {
            var headers = new InternetHeaders(new ByteArrayInputStream(raw));
            String id = headers.getHeader("Message-ID", null);
            return id == null || id.isBlank() ? null : id.strip();
        } catch (MessagingException | RuntimeException e) {
            return null;
        }
    }

    private static InternetAddress sender(MimeMessage message) {
        try {
            Address[] from = message.getFrom();
            if (from == null) {
                return null;
            }
            for (Address address : from) {
                if (address instanceof InternetAddress internet && internet.getAddress() != null
                        && internet.getAddress().contains("@")) {
                    return internet;
                }
            }
        } catch (MessagingException e) {
            // an unreadable From is no sender: the caller keeps the mail in quarantine
        }
        return null;
    }

    private static final class Body {
        final StringBuilder plain = new StringBuilder();
        final StringBuilder html = new StringBuilder();
        final List<ParsedMail.Attachment> attachments = new ArrayList<>();

        String text() {
            return plain.isEmpty() ? HtmlText.toText(html.toString()) : plain.toString().strip();
        }
    }

    private static void read(Part part, Body body) throws MessagingException, IOException {
        if (part.isMimeType("multipart/alternative")) {
            Multipart alternatives = (Multipart) part.getContent();
            Part chosen = null;
            for (int i = 0; i < alternatives.getCount(); i++) {
                BodyPart alternative = alternatives.getBodyPart(i);
                if (alternative.isMimeType("text/plain")) {
                    chosen = alternative;
                    break;
                }
                if (chosen == null || !chosen.isMimeType("text/html")) {
                    chosen = alternative; // the richest alternative comes last; text/html if there is one
                }
            }
            if (chosen != null) {
                read(chosen, body);
            }
        } else if (part.isMimeType("multipart/*")) {
            Object content = part.getContent();
            if (!(content instanceof Multipart multipart)) {
                throw new MessagingException("A multipart part without parts");
            }
            for (int i = 0; i < multipart.getCount(); i++) {
                read(multipart.getBodyPart(i), body);
            }
        } else if (isBodyText(part)) {
            String text = text(part);
            if (part.isMimeType("text/html")) {
                body.html.append(text).append('\n');
            } else {
                if (!body.plain.isEmpty()) {
                    body.plain.append("\n\n");
                }
                body.plain.append(text.replace("\r\n", "\n"));
            }
        } else {
            body.attachments.add(new ParsedMail.Attachment(fileName(part), bytes(part)));
        }
    }

    private static boolean isBodyText(Part part) throws MessagingException {
        return (part.isMimeType("text/plain") || part.isMimeType("text/html"))
                && !Part.ATTACHMENT.equalsIgnoreCase(part.getDisposition()) && part.getFileName() == null;
    }

    private static void readReport(MimeMessage message, Body body, DeliveryReportReader report)
            throws MessagingException, IOException {
        Multipart parts = (Multipart) message.getContent();
        for (int i = 0; i < parts.getCount(); i++) {
            BodyPart part = parts.getBodyPart(i);
            if (part.isMimeType("message/delivery-status")) {
                report.readStatus(part.getInputStream());
            } else if (part.isMimeType("message/rfc822") || part.isMimeType("text/rfc822-headers")) {
                report.readOriginal(part.getInputStream());
            } else if (part.isMimeType("text/*") && body.plain.isEmpty()) {
                body.plain.append(text(part));
            }
        }
    }

    private static final class DeliveryReportReader {
        String recipient;
        String diagnostic;
        String originalMessageId;
        String originalSubject;

        void readStatus(InputStream in) throws MessagingException {
            new InternetHeaders(in); // per-message fields (Reporting-MTA, ...)
            var recipientFields = new InternetHeaders(in); // the first recipient's fields
            String finalRecipient = recipientFields.getHeader("Final-Recipient", null);
            if (finalRecipient == null) {
                finalRecipient = recipientFields.getHeader("Original-Recipient", null);
            }
            if (finalRecipient != null) {
                int semicolon = finalRecipient.indexOf(';');
                recipient = finalRecipient.substring(semicolon + 1).strip();
            }
            String status = recipientFields.getHeader("Status", null);
            String code = recipientFields.getHeader("Diagnostic-Code", null);
            diagnostic = oneLine(((status == null ? "" : status.strip()) + (code == null ? "" : " " + code.strip())).strip());
        }

        void readOriginal(InputStream in) throws MessagingException {
            var headers = new InternetHeaders(in);
            String id = headers.getHeader("Message-ID", null);
            originalMessageId = id == null ? null : id.strip();
            String subject = headers.getHeader("Subject", null);
            if (subject != null) {
                try {
                    originalSubject = oneLine(MimeUtility.decodeText(MimeUtility.unfold(subject)));
                } catch (java.io.UnsupportedEncodingException e) {
                    originalSubject = oneLine(subject);
                }
            }
        }

        ParsedMail.DeliveryReport toReport() {
            return new ParsedMail.DeliveryReport(recipient, diagnostic == null || diagnostic.isEmpty() ? null : diagnostic,
                    originalMessageId, originalSubject);
        }
    }

    /** A text part decoded with its declared charset when that fits the bytes, else UTF-8, else Windows-1252. */
    static String text(Part part) throws MessagingException, IOException {
        byte[] bytes = bytes(part);
        String declared = null;
        try {
            declared = new ContentType(part.getContentType()).getParameter("charset");
        } catch (jakarta.mail.internet.ParseException e) {
            // an unreadable Content-Type parameter list: guess the charset like an undeclared one
        }
        Charset charset = charset(declared);
        String utf8 = isAscii(bytes) ? null : decodeStrictly(bytes, StandardCharsets.UTF_8);
        // Mail declared as ASCII or Latin-1 whose bytes are valid UTF-8 was written in UTF-8: text in a
        // single-byte charset hardly ever forms valid multi-byte sequences by chance.
        if (utf8 != null && (charset == null || SINGLE_BYTE_LABELS.contains(charset.name().toLowerCase(Locale.ROOT)))) {
            return utf8;
        }
        if (charset != null) {
            String decoded = decodeStrictly(bytes, charset);
            if (decoded != null) {
                return decoded;
            }
        }
        return utf8 != null ? utf8 : new String(bytes, Charset.forName("windows-1252"));
    }

    private static Charset charset(String name) {
        if (name == null || name.isBlank()) {
            return null;
        }
        try {
            return Charset.forName(MimeUtility.javaCharset(name.strip()));
        } catch (IllegalArgumentException e) {
            return null; // unknown or illegal charset name
        }
    }

    private static String decodeStrictly(byte[] bytes, Charset charset) {
        try {
            return charset.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            return null;
        }
    }

    private static boolean isAscii(byte[] bytes) {
        for (byte b : bytes) {
            if (b < 0) {
                return false;
            }
        }
        return true;
    }

    private static byte[] bytes(Part part) throws MessagingException, IOException {
        try (InputStream in = part.getInputStream()) {
            return in.readAllBytes();
        }
    }

    private static String fileName(Part part) throws MessagingException {
        String name = part.getFileName();
        if (name != null && !name.isBlank()) {
            return oneLine(name);
        }
        if (part.isMimeType("message/rfc822")) {
            return "message.eml";
        }
        if (part.isMimeType("text/html")) {
            return "attachment.html";
        }
        return part.isMimeType("text/plain") ? "attachment.txt" : "attachment";
    }

    private static String header(MimeMessage message, String name) throws MessagingException {
        String value = message.getHeader(name, " ");
        return value == null || value.isBlank() ? null : value.strip();
    }

    /** The {@code <id>} tokens of In-Reply-To and References, In-Reply-To first, References from the newest. */
    static List<String> messageIds(String inReplyTo, String references) {
        List<String> ids = new ArrayList<>(tokens(inReplyTo));
        List<String> referenced = tokens(references);
        for (int i = referenced.size() - 1; i >= 0; i--) {
            if (!ids.contains(referenced.get(i))) {
                ids.add(referenced.get(i));
            }
        }
        return List.copyOf(ids);
    }

    private static List<String> tokens(String header) {
        List<String> ids = new ArrayList<>();
        if (header == null) {
            return ids;
        }
        int start = header.indexOf('<');
        while (start >= 0) {
            int end = header.indexOf('>', start);
            if (end < 0) {
                break;
            }
            ids.add(header.substring(start, end + 1));
            start = header.indexOf('<', end);
        }
        return ids;
    }

    /** Control characters (line breaks included) become spaces: a subject or name is one line. */
    static String oneLine(String value) {
        if (value == null) {
            return null;
        }
        var out = new StringBuilder(value.length());
        value.codePoints().forEach(c -> out.appendCodePoint(Character.isISOControl(c) ? ' ' : c));
        return out.toString().strip();
    }

    private MailParser() {
    }
}
