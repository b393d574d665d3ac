/**
 * The contract's JSON shapes ({@code ../shared/contracts/README.md}), written with Jackson. Each
 * record type has one mapper here; JSON Schema files in the resources' {@code dev/faultline/app/view/schema/}
 * describe the same shapes and tests validate real output against them. Every front writes these shapes.
 */
package dev.faultline.app.view.json;
