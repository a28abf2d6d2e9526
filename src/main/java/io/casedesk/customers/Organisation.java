package io.casedesk.customers;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A customer organisation and its support contract. */
@Entity
@Table(name = "cd_organisation")
public class Organisation {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private String name;
    private String contractTier;
    private LocalDate contractValidUntil;
    private boolean supportedVersion;
    private String timeZone;
    private Instant createdAt;

    protected Organisation() {
    }

    public Organisation(String name, String contractTier, LocalDate contractValidUntil, String timeZone) {
        this.name = name;
        this.contractTier = contractTier;
        this.contractValidUntil = contractValidUntil;
        this.supportedVersion = true;
        this.timeZone = timeZone;
        this.createdAt = Instant.now();
    }

    /** Eligible for support: paid-up maintenance on a supported version (policies A and C). */
    public boolean isEntitled(Clock clock) {
        return supportedVersion && !contractValidUntil.isBefore(LocalDate.now(clock));
    }

    public void markUnsupportedVersion() {
        this.supportedVersion = false;
    }

    public Long getId() {
        return id;
    }

    public String getName() {
        return name;
    }

    public String getContractTier() {
        return contractTier;
    }

    public LocalDate getContractValidUntil() {
        return contractValidUntil;
    }

    public boolean isSupportedVersion() {
        return supportedVersion;
    }

    public String getTimeZone() {
        return timeZone;
    }
}
