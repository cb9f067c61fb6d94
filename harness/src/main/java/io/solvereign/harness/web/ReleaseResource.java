package io.solvereign.harness.web;

import com.fasterxml.jackson.databind.JsonNode;
import io.solvereign.harness.CockpitVerbs;

/**
 * The release writes: {@code POST /api/plans/{id}/approve} ({@code approve}), {@code POST
 * /api/plans/{id}/lock} ({@code lock}) and {@code POST /api/publishing} ({@code publishing on|off}), each
 * with the logged-in user as the actor and the CLI's refusal codes (409).
 */
final class ReleaseResource {
    private final CockpitVerbs verbs;

    ReleaseResource(CockpitVerbs verbs) {
        this.verbs = verbs;
    }

    void register(Router router) {
        router.post(PlanResource.PLAN + "/approve", Permission.APPROVE, r -> ApiResponse.json(200,
                verbs.approve(r.path(0), r.user(), ApiRequest.text(r.json(), "reason"))));
        router.post(PlanResource.PLAN + "/lock", Permission.LOCK, r -> {
            JsonNode body = r.json();
            String override = body.path("partial_override_reason").isTextual()
                    ? body.get("partial_override_reason").asText() : null;
            return ApiResponse.json(200, verbs.lock(r.path(0), r.user(), ApiRequest.text(body, "reason"), override));
        });
        router.post("/api/publishing", Permission.PUBLISHING, r -> {
            JsonNode body = r.json();
            if (!body.path("on").isBoolean()) {
                throw ApiException.badRequest("\"on\" must be true (publishing allowed) or false (publishing stopped)");
            }
            return ApiResponse.json(200, verbs.publishing(body.get("on").asBoolean(), r.user(),
                    ApiRequest.text(body, "reason")));
        });
    }
}
