package id.rantai.webhook.endpoint;

import java.util.UUID;

/** An endpoint was switched off: its waiting deliveries are set aside until someone retries them. */
public record EndpointDeactivated(UUID endpointId) {}
