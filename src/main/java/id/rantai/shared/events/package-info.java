@NullMarked
package id.rantai.shared.events;

import org.jspecify.annotations.NullMarked;
