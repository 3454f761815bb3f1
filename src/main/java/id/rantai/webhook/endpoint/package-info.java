/** The endpoints organisations register: where, for which event kinds, signed with which secret. */
@NullMarked
package id.rantai.webhook.endpoint;

import org.jspecify.annotations.NullMarked;
