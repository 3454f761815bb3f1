@NullMarked
package id.rantai.shared.web;

import org.jspecify.annotations.NullMarked;
