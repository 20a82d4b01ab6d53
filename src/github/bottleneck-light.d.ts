// bottleneck/light.js is Bottleneck without its Redis clustering: the build the throttling
// plugin uses, so our spacing groups add nothing to the bundle. Same API as the package's types.
declare module 'bottleneck/light.js' {
  import Bottleneck from 'bottleneck'
  export default Bottleneck
}
