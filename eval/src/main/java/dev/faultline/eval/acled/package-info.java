/**
 * The ACLED suite: real conflict events with ACLED's own coding. Each row's {@code notes} is given to
 * the system as an article (outlet {@code source}, publication date from {@code timestamp}); its events
 * are scored for detection, PLOVER type, actor countries, location within 25 km, date and fatalities,
 * exactly as {@code ../shared/eval/README.md} specifies. The sub-type → PLOVER table there is frozen here.
 */
package dev.faultline.eval.acled;
