package io.casedesk.cases.web;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

import io.casedesk.cases.CaseService;

/** Attachments go out as downloads only: never rendered inline, never sniffed by the browser. */
final class Downloads {

    static ResponseEntity<byte[]> of(CaseService.Download download) {
        var attachment = download.attachment();
        return ResponseEntity.ok()
                .contentType(MediaType.APPLICATION_OCTET_STREAM)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename(attachment.getFileName(), java.nio.charset.StandardCharsets.UTF_8).build().toString())
                .header("X-Content-Type-Options", "nosniff")
                .header("Content-Security-Policy", "sandbox")
                .body(download.content());
    }

    private Downloads() {
    }
}
