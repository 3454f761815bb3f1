/** The webhook API: endpoints, their deliveries and attempts. */
@NullMarked
package id.rantai.webhook.web;

import org.jspecify.annotations.NullMarked;
