using System.Globalization;

namespace ResearchContent.Generators.Primitives
{
    /// <summary>
    /// Reads the digits a regular expression's <c>\d</c> matched. In .NET <c>\d</c> is any Unicode decimal digit, so a
    /// citation pasted from a Chinese source can give a year in full-width digits (<c>２０２１</c>), which
    /// <see cref="int.Parse(string)"/> rejects (found by fuzzing: RC0002 on a generated page).
    /// </summary>
    internal static class DecimalNumber
    {
        /// <summary>The value of a run of decimal digits of any script; <see cref="int.MaxValue"/> when it is larger, and 0 for no digits.</summary>
        public static int Parse(string digits)
        {
            long value = 0;
            foreach (var c in digits)
            {
                var digit = CharUnicodeInfo.GetDecimalDigitValue(c);
                if (digit < 0)
                {
                    continue;
                }

                value = value * 10 + digit;
                if (value > int.MaxValue)
                {
                    return int.MaxValue;
                }
            }

            return (int)value;
        }
    }
}
