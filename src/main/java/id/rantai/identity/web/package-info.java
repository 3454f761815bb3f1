@NullMarked
package id.rantai.identity.web;

import org.jspecify.annotations.NullMarked;
