package io.casedesk.cases.process;

import java.io.IOException;
import java.util.Arrays;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.ContentCachingResponseWrapper;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.casedesk.cases.CaseChoices;
import io.casedesk.cases.Choice;
import io.casedesk.cases.ChoiceList;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Fills the choices of a start form ("Log a phone call") as it is served. A task form gets its
 * options as task variables ({@link CaseChoiceOptions}), but Tasklist 7.24 loads no variables at
 * all for a start form: its Camunda Forms renderer asks {@code /task/{id}/form-variables} only when
 * there is a task, and renders a start form with empty input data. So the form in
 * {@code forms/} names its lists with {@code valuesKey} like the task forms, and this filter turns
 * each such select into one with static {@code values} from {@code processes/case-choices.dmn}
 * when the form leaves the server through {@code .../process-definition/{id}/deployed-start-form}
 * (Tasklist's {@code /camunda/api/engine/...} and {@code /engine-rest}).
 */
class StartFormOptionsFilter extends OncePerRequestFilter {

    static final Pattern DEPLOYED_START_FORM = Pattern
            .compile(".*/process-definition/(key/[^/]+(/tenant-id/[^/]+)?|[^/]+)/deployed-start-form/?$");

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Map<String, ChoiceList> LISTS_BY_KEY = Arrays.stream(ChoiceList.values())
            .collect(Collectors.toMap(ChoiceList::optionsVariable, Function.identity()));

    private final CaseChoices choices;

    StartFormOptionsFilter(CaseChoices choices) {
        this.choices = choices;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !"GET".equals(request.getMethod()) || !DEPLOYED_START_FORM.matcher(request.getRequestURI()).matches();
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        var wrapper = new ContentCachingResponseWrapper(response);
        chain.doFilter(request, wrapper);
        Optional<byte[]> filled = wrapper.getStatus() == HttpServletResponse.SC_OK
                ? withOptions(wrapper.getContentAsByteArray())
                : Optional.empty();
        if (filled.isEmpty()) {
            wrapper.copyBodyToResponse();
            return;
        }
        response.setContentLength(filled.get().length);
        response.getOutputStream().write(filled.get());
    }

    /** The form with its choice lists filled in, or empty when the body is no form with such a list. */
    Optional<byte[]> withOptions(byte[] body) {
        JsonNode form;
        try {
            form = JSON.readTree(body);
        } catch (IOException e) {
            return Optional.empty();
        }
        if (form == null || !form.isObject() || !fill(form)) {
            return Optional.empty();
        }
        try {
            return Optional.of(JSON.writeValueAsBytes(form));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private boolean fill(JsonNode container) {
        boolean filled = false;
        for (JsonNode component : container.path("components")) {
            ChoiceList list = LISTS_BY_KEY.get(component.path("valuesKey").asText());
            if (list != null && component instanceof ObjectNode select) {
                ArrayNode values = select.putArray("values");
                for (Choice option : CaseChoiceOptions.formOptions(choices, list)) {
                    values.addObject().put("label", option.label()).put("value", option.value());
                }
                select.remove("valuesKey");
                filled = true;
            }
            filled |= fill(component);
        }
        return filled;
    }

    @Configuration(proxyBeanMethods = false)
    static class Registration {

        /** After Spring Security (which guards both paths); only these paths pass through it. */
        @Bean
        FilterRegistrationBean<StartFormOptionsFilter> startFormOptions(CaseChoices choices) {
            var registration = new FilterRegistrationBean<>(new StartFormOptionsFilter(choices));
            registration.addUrlPatterns("/engine-rest/process-definition/*", "/camunda/api/engine/*");
            return registration;
        }
    }
}
