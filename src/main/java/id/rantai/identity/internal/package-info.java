@NullMarked
package id.rantai.identity.internal;

import org.jspecify.annotations.NullMarked;
