// What `rungs` alone prints: a short start for a support rep, not the 40 lines of every option (`rungs --help`).
export const START = `rungs: a career-path advisor for customer and technical support people.

New here? Answer the questionnaire, then see your next role and what to develop:
  rungs assess --save me.yaml

Most used:
  rungs recommend me.yaml    your advice again, from the saved answers
  rungs roles                the ladder: every role and where it leads
  rungs report team/         a team lead's report over everyone's answers

rungs --help lists every command and option.
`;
