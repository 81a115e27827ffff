// Preloaded by a corpus row (node --import): the process sends itself SIGTERM while -o's temporary file is
// being written (at its fsync), as a `kill` from outside would. rungs must not die leaving the file behind.
import fs from 'node:fs';
import { syncBuiltinESMExports } from 'node:module';

const fsync = fs.fsyncSync;
fs.fsyncSync = (fd) => {
  process.kill(process.pid, 'SIGTERM');
  return fsync(fd);
};
syncBuiltinESMExports();
