package io.casedesk.cases;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpRequest;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import io.casedesk.IntegrationTest;
import io.casedesk.hardening.Attack;

/**
 * Reading a case or its attachment list never reads attachment bytes; only a download does
 * (issue 15, item 12). The SQL each request sends is recorded and searched for the content column.
 */
class AttachmentReadsIntegrationTest extends IntegrationTest {

    private static final String CUSTOMER = "dana@acme.example";
    private static final String PASSWORD = "customer";
    /** The bytes' column; {@code content_type} and {@code cd_case_attachment_content} do not match. */
    private static final Pattern CONTENT_COLUMN = Pattern.compile("(?i)\\bcontent\\b");

    @Test
    @Attack(item = "15.12", attack = "reading a case with a 256 KB attachment",
            expected = "no SQL reads the content column; only the download does")
    void caseViewsAndListsReadNoAttachmentContentButADownloadDoes() {
        String number = openCase();
        byte[] big = new byte[256 * 1024];
        Arrays.fill(big, (byte) 'a');
        long first = upload(number, "big.txt", big);
        upload(number, "small.txt", "small".getBytes());

        SqlRecorder.start();
        var staffView = get("/api/cases/" + number, "analyst", "analyst");
        var customerView = get("/api/customer/cases/" + number, CUSTOMER, PASSWORD);
        List<String> reads = SqlRecorder.stop();

        assertThat(staffView.json().get("attachments").findValuesAsText("fileName")).contains("big.txt", "small.txt");
        assertThat(customerView.json().get("attachments").findValuesAsText("fileName")).contains("big.txt", "small.txt");
        assertThat(reads).as("SQL of the case views").anyMatch(sql -> sql.contains("cd_case_attachment"));
        assertThat(reads).as("SQL of the case views").noneMatch(sql -> CONTENT_COLUMN.matcher(sql).find());

        SqlRecorder.start();
        var download = send(request("/api/customer/cases/" + number + "/attachments/" + first, CUSTOMER, PASSWORD).GET());
        List<String> downloadReads = SqlRecorder.stop();

        assertThat(download.status()).isEqualTo(200);
        assertThat(download.body()).hasSize(big.length);
        assertThat(downloadReads).as("the recorder sees the content column when it is read")
                .anyMatch(sql -> CONTENT_COLUMN.matcher(sql).find());
    }

    private String openCase() {
        var created = post("/api/customer/cases", CUSTOMER, PASSWORD, Map.of("subject", "Attachment reads",
                "description", "Screenshots attached.", "category", "Defect", "priority", "P3",
                "environment", "PRODUCTION"));
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        return created.json().get("number").asText();
    }

    private long upload(String number, String fileName, byte[] bytes) {
        String boundary = "casedesk-test-boundary";
        byte[] head = ("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + fileName
                + "\"\r\nContent-Type: text/plain\r\n\r\n").getBytes();
        byte[] tail = ("\r\n--" + boundary + "--\r\n").getBytes();
        byte[] body = new byte[head.length + bytes.length + tail.length];
        System.arraycopy(head, 0, body, 0, head.length);
        System.arraycopy(bytes, 0, body, head.length, bytes.length);
        System.arraycopy(tail, 0, body, head.length + bytes.length, tail.length);
        var uploaded = send(request("/api/customer/cases/" + number + "/attachments", CUSTOMER, PASSWORD)
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body)));
        assertThat(uploaded.status()).as(uploaded.body()).isEqualTo(201);
        return uploaded.json().get("id").asLong();
    }
}
