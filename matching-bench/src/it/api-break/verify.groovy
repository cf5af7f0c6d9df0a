// The build failed because of the API check, naming the removed method, not for another reason.
def log = new File(basedir, 'build.log').text
assert log.contains('japicmp-maven-plugin') : 'the API check did not run'
assert log.contains('nl.stagematch.core.model.Location') : 'the changed class is not named'
assert log.contains('METHOD_REMOVED') : 'the removed method is not reported'
assert log.contains('BUILD FAILURE')
return true
