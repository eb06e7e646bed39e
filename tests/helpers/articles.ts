// Small articles written for the tests (escapes keep CRLF, BOM and astral characters exact in the source).

/** One sentence of reported speech with a title, a name, a cue and a relative day. */
export const JANE_DOE = 'Foreign Minister Jane Doe said on Monday that the talks would resume.';

/** Astral characters (flags, emoji) and CRLF line breaks before and inside a direct quote. */
export const EMOJI_CRLF =
  'Crowds waved 🇺🇦 flags and posted 🎉 all day in Kyiv.\r\n\r\n' +
  '"We will 💪 not give up the fight," Vladimir Putin said on Tuesday. 😀 He added that talks 🕊️ with Ukraine could continue.\r\n';

/** Non-ASCII names, an intermediary ("according to") and a second article that names Vladimir Putin. */
export const ERDOGAN =
  'Turkish President Recep Tayyip Erdoğan told reporters in Ankara on Friday that a ceasefire was within reach, according to Anadolu.\n\n' +
  'The Kremlin said Vladimir Putin would not attend. "Ukraine must decide," Volodymyr Zelensky said.\n';
