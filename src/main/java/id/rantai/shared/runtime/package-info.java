/** How the Rantai process itself behaves on its machine, apart from any business module. */
@NullMarked
package id.rantai.shared.runtime;

import org.jspecify.annotations.NullMarked;
