using ResearchContent.Generators.Model;

namespace ResearchContent.Generators.Keys
{
    /// <summary>The key an entry sets by hand: its first key comment that is a valid key.</summary>
    internal static class HandWrittenKey
    {
        /// <summary>The index of the comment in <see cref="ParsedEntry.KeyComments"/>, or -1 when no comment sets a key.</summary>
        public static int IndexIn(ParsedEntry entry)
        {
            for (var i = 0; i < entry.KeyComments.Count; i++)
            {
                if (KeyRules.IsValidKey(entry.KeyComments[i].Value))
                {
                    return i;
                }
            }

            return -1;
        }

        public static KeyComment? Of(ParsedEntry entry)
        {
            var index = IndexIn(entry);
            return index < 0 ? null : entry.KeyComments[index];
        }
    }
}
