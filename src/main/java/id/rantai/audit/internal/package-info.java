@NullMarked
package id.rantai.audit.internal;

import org.jspecify.annotations.NullMarked;
