@NullMarked
package id.rantai.storage.internal;

import org.jspecify.annotations.NullMarked;
