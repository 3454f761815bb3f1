@NullMarked
package io.moquette.broker;

import org.jspecify.annotations.NullMarked;
