// The part of jStat (https://jstat.github.io) that Regie uses; the package ships no types. It is CommonJS, so
// Node's ESM loader offers only its default export (module.exports, which also carries `jStat`).
declare module 'jstat' {
  const jStat: {
    mean(values: number[]): number;
    /** Sample variance when `sample` is true (divides by n − 1). */
    variance(values: number[], sample: boolean): number;
    studentt: { inv(p: number, dof: number): number };
  };
  export default jStat;
}
