package sa.silah.shared;

/** A printed line in visual order, and whether its paragraph runs right to left (and so aligns right). */
public record PrintedLine(String visual, boolean rightToLeft) {
}
