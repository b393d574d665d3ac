/** Event coding (issue 5): who did what to whom, coded in PLOVER and CAMEO. */
package dev.faultline.events;
