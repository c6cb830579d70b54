extension Unicode.Scalar {
    /// Whether the scalar is a format character — Unicode general category Cf — decided from a
    /// table of its ranges rather than the property lookup, which validation cannot afford per
    /// text: the soft hyphen U+00AD, the Arabic number signs U+0600–U+0605, U+061C, U+06DD,
    /// U+070F, U+0890–U+0891, U+08E2, U+180E, the zero-width characters and bidirectional marks
    /// U+200B–U+200F, the bidi embeddings and overrides U+202A–U+202E, the word joiner and
    /// invisible operators U+2060–U+2064, the bidi isolates and deprecated format characters
    /// U+2066–U+206F, the byte-order mark U+FEFF, the interlinear annotation characters
    /// U+FFF9–U+FFFB, and U+110BD, U+110CD, U+13430–U+1343F, U+1BCA0–U+1BCA3,
    /// U+1D173–U+1D17A, U+E0001 and the tag characters U+E0020–U+E007F.
    ///
    /// `InvisibleTextTests` checks the table against `properties.generalCategory == .format` for
    /// every scalar, so a toolchain with a newer Unicode version that adds one fails the test.
    package var isFormatCharacter: Bool {
        switch value {
        case 0xAD, 0x600...0x605, 0x61C, 0x6DD, 0x70F, 0x890...0x891, 0x8E2, 0x180E,
             0x200B...0x200F, 0x202A...0x202E, 0x2060...0x2064, 0x2066...0x206F, 0xFEFF, 0xFFF9...0xFFFB,
             0x110BD, 0x110CD, 0x13430...0x1343F, 0x1BCA0...0x1BCA3, 0x1D173...0x1D17A, 0xE0001,
             0xE0020...0xE007F:
            true
        default:
            false
        }
    }

    /// Whether the scalar has the Unicode White_Space property (U+0009–U+000D, U+0020, U+0085,
    /// U+00A0, U+1680, U+2000–U+200A, U+2028, U+2029, U+202F, U+205F, U+3000), from that list.
    package var isWhiteSpaceCharacter: Bool {
        switch value {
        case 0x09...0x0D, 0x20, 0x85, 0xA0, 0x1680, 0x2000...0x200A, 0x2028, 0x2029, 0x202F, 0x205F, 0x3000:
            true
        default:
            false
        }
    }

    /// Whether the scalar shows nothing in a name: white space or a format character.
    package var isInvisibleInText: Bool {
        isWhiteSpaceCharacter || isFormatCharacter
    }
}
