// The setup texts of the window in English: the reference every other language matches key for key.

export const setup = {
  title: 'Set up your organisation',
  intro:
    "These details appear on every record you print and decide which authority's rules and calendar apply. Everything is kept in one file on this computer; nothing is sent anywhere. You can change any of it later in Settings.",
  /** The banner once the profile is saved, naming the organisation. */
  done: (name: string) => `${name} is set up. Add your subprocessors one by one, or import them from a spreadsheet.`,
};
