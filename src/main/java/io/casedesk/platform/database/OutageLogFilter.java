package io.casedesk.platform.database;

import org.slf4j.LoggerFactory;
import org.slf4j.Marker;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.InitializingBean;
import org.springframework.stereotype.Component;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.turbo.TurboFilter;
import ch.qos.logback.core.spi.FilterReply;

/**
 * While the database is away, the engine's job acquisition and metrics log a stack trace at every
 * attempt, and Hibernate two lines per failed statement. This filter turns them into the outage's
 * own summary ({@link DatabaseOutage}: once when it starts, then once per {@code log-every} with the
 * count): an engine log event whose exception says "database unreachable" is counted there instead
 * of written, and Hibernate's SQL error lines are left out while the outage lasts. Everything else
 * is logged as before.
 */
@Component
class OutageLogFilter extends TurboFilter implements InitializingBean, DisposableBean {

    private static final String ENGINE = "org.camunda.bpm.engine";
    private static final String SQL_ERRORS = "org.hibernate.engine.jdbc.spi.SqlExceptionHelper";

    private final DatabaseOutage outage;

    OutageLogFilter(DatabaseOutage outage) {
        this.outage = outage;
    }

    @Override
    public FilterReply decide(Marker marker, Logger logger, Level level, String format, Object[] params, Throwable t) {
        if (level == null || !level.isGreaterOrEqual(Level.WARN)) {
            return FilterReply.NEUTRAL;
        }
        String name = logger.getName();
        // The engine passes its exception as the last argument, not as the throwable of the call.
        Throwable failure = t != null ? t
                : params != null && params.length > 0 && params[params.length - 1] instanceof Throwable last ? last : null;
        if (name.startsWith(ENGINE) && failure != null && DatabaseOutage.isCause(failure)) {
            outage.failed("the engine's " + name.substring(name.lastIndexOf('.') + 1) + " ("
                    + (format == null ? "" : format.split(" ", 2)[0]) + ")", failure);
            return FilterReply.DENY;
        }
        if (name.equals(SQL_ERRORS) && outage.isDown()) {
            return FilterReply.DENY;
        }
        return FilterReply.NEUTRAL;
    }

    @Override
    public void afterPropertiesSet() {
        if (LoggerFactory.getILoggerFactory() instanceof LoggerContext context) {
            setName("database-outage");
            start();
            context.addTurboFilter(this);
        }
    }

    @Override
    public void destroy() {
        if (LoggerFactory.getILoggerFactory() instanceof LoggerContext context) {
            context.getTurboFilterList().remove(this);
        }
        stop();
    }
}
