namespace ResearchContent.Storage
{
    /// <summary>
    /// The constants of the layout in which the generated catalog stores its content as UTF-8 data (docs/storage.md).
    /// This file is compiled into both the runtime, which reads the layout, and the generator, which writes it, so
    /// the two can never disagree on a marker or a size.
    /// </summary>
    internal static class StorageLayout
    {
        /// <summary>The layout's version; every block of data starts with <see cref="Header"/>.</summary>
        public const int Version = 2;

        /// <summary>The first bytes of every block: a reader of another version refuses the block instead of misreading it.</summary>
        public const string Header = "RC2;";

        /// <summary>A value that is absent (<see langword="null"/>).</summary>
        public const char Null = '~';

        /// <summary>Ends a value's decimal byte length; the value's bytes follow.</summary>
        public const char LengthEnd = ':';

        /// <summary>
        /// Marks a text holding a lone surrogate, which UTF-8 cannot carry: its UTF-16 code units follow as four
        /// hexadecimal digits each, so that such text still reaches the app exactly.
        /// </summary>
        public const char Utf16 = 'U';

        /// <summary>
        /// How many publications one block holds. Each block is one UTF-8 literal, one field of the assembly's private
        /// implementation class (a type holds at most 65,535), and one generated file that an edit rewrites.
        /// </summary>
        public const int ChunkSize = 64;

        /// <summary>The arms of one generated switch that finds a block: finding a block is a tree of switches this wide.</summary>
        public const int SwitchWidth = 64;

        /// <summary>The hexadecimal digits of one offset in the key table.</summary>
        public const int OffsetDigits = 8;
    }
}
