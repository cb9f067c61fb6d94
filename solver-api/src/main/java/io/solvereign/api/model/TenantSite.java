package io.solvereign.api.model;

import java.util.Objects;

/**
 * Who a forecast belongs to, as the JSON import contract names it (DOMAIN §2.4): tenant and site
 * codes. Kept beside the forecast (on stored forecast versions and in reports), never part of
 * the input_hash. The line-based formats carry none ({@link #NONE}).
 *
 * @param tenantCode e.g. {@code lts}; empty when unknown
 * @param siteCode   e.g. {@code wien_depot_1}; empty when unknown
 */
public record TenantSite(String tenantCode, String siteCode) {
    /** No tenant and no site. */
    public static final TenantSite NONE = new TenantSite("", "");

    /**
     * Creates the record, checking its components.
     *
     * @param tenantCode e.g. {@code lts}; empty when unknown
     * @param siteCode e.g. {@code wien_depot_1}; empty when unknown
     */
    public TenantSite {
        Objects.requireNonNull(tenantCode, "tenantCode");
        Objects.requireNonNull(siteCode, "siteCode");
    }

    /** {@return true when neither code is known} */
    public boolean isNone() {
        return tenantCode.isEmpty() && siteCode.isEmpty();
    }
}
