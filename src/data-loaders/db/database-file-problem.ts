// DuckDB reports a damaged, cut-short or locked database file as a raw "IO Error". Those are not
// bugs: the file is broken or busy, and the user needs to know which file and what to do.
// DuckDB's wording, as its errors give it: 'Could not set lock on file "<f>": Conflicting lock is
// held ...', 'Could not read enough bytes from file "<f>"', 'The file "<f>" exists, but it is not a
// valid DuckDB database file!', and "Corrupt database file".

const LOCKED = /Could not set lock on file "([^"]+)"/;
const DAMAGED = [
  /Could not read enough bytes from file "([^"]+)"/,
  /The file "([^"]+)" exists, but it is not a valid DuckDB database file/,
  /Corrupt database file[^"]*"?([^"\s]*)"?/,
];

/**
 * One line saying what is wrong with the database file and what to do, or null when the error is
 * not about a damaged or locked database file.
 */
export function databaseFileProblem(error: Error): string | null {
  const message = error.message;
  const locked = LOCKED.exec(message);
  if (locked) {
    return (
      `the database ${locked[1]} is in use by another process (DuckDB could not lock it): wait for that crawl, build, ` +
      "dev server or DuckDB shell to finish, or stop it, then run this again."
    );
  }
  for (const pattern of DAMAGED) {
    const damaged = pattern.exec(message);
    if (!damaged) continue;
    const file = damaged[1] || "file";
    return (
      `the database ${file} is damaged or cut short (${duckdbReason(message)}): delete it, then ` +
      "`npm run crawl -- --offline` rebuilds it from the cache without a request (add --cache and --db if you use other paths)."
    );
  }
  return null;
}

/** DuckDB's own sentence, without the error class and the path already named. */
function duckdbReason(message: string): string {
  const ioError = /(?:IO|Serialization) Error: ([^\n]*)/.exec(message)?.[1] ?? message.split("\n")[0];
  return ioError
    .replace(/ from file "[^"]+"/, "")
    .replace(/The file "[^"]+" exists, but it/, "it")
    .replace(/!$/, "");
}
