@NullMarked
package id.rantai.notification.internal;

import org.jspecify.annotations.NullMarked;
