package io.casedesk.platform.web;

import java.io.IOException;
import java.time.DateTimeException;
import java.time.OffsetDateTime;

import org.springframework.boot.autoconfigure.jackson.Jackson2ObjectMapperBuilderCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.deser.std.StdScalarDeserializer;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;

/**
 * Request bodies read date-times through {@link DateTimeInput}: a zone id is as good as an offset,
 * and one without either is refused with a message that says so (which {@link UnreadableBodies}
 * turns into a field error). Only the API's own object mapper; the engine's REST API keeps its own.
 */
@Configuration(proxyBeanMethods = false)
class JsonDateTimes {

    @Bean
    Jackson2ObjectMapperBuilderCustomizer dateTimesWithOffsetOrZone() {
        // OffsetDateTime only: request fields use it; Instants elsewhere (stored events) keep Jackson's reader.
        return builder -> builder.deserializerByType(OffsetDateTime.class, new OffsetDateTimeReader());
    }

    private static final class OffsetDateTimeReader extends StdScalarDeserializer<OffsetDateTime> {

        OffsetDateTimeReader() {
            super(OffsetDateTime.class);
        }

        @Override
        public OffsetDateTime deserialize(JsonParser parser, DeserializationContext context) throws IOException {
            if (!parser.hasToken(JsonToken.VALUE_STRING)) {
                return (OffsetDateTime) context.handleUnexpectedToken(OffsetDateTime.class, parser);
            }
            String text = parser.getText();
            if (text.isBlank()) {
                return null;
            }
            try {
                return DateTimeInput.parse(text);
            } catch (DateTimeException e) {
                throw InvalidFormatException.from(parser, e.getMessage(), text, handledType());
            }
        }
    }
}
