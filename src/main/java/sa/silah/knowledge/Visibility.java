package sa.silah.knowledge;

/** Who may read an item: staff only, or everyone, on the public site and in the API's public view. */
public enum Visibility {
    INTERNAL, PUBLIC
}
