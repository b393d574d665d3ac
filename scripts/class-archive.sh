# Sourced by the launcher: an AppCDS archive of the classes an analysis loads (JDK 17's dynamic archive), so that a
# start maps them from one file instead of reading, parsing and verifying about 9,000 classes from the jars. Made by a
# training run (`analyze` of one example report into a throwaway database) the first time the launcher runs after a
# build; remade whenever the build is newer. Expects $root, $jar, $classpath_file and $java_opts.
# FAULTLINE_CDS=off turns it off.

class_archive_option() {
  [[ ${FAULTLINE_CDS:-on} == off ]] && return 0
  local archive="$root/cli/target/faultline.jsa"
  if [[ ! -s $archive || $classpath_file -nt $archive ||
        -n $(find "$root" -path "$root/.git" -prune -o -path '*/target/faultline-*.jar' -newer "$archive" -print -quit) ]]; then
    local work
    work=$(mktemp -d)
    echo "faultline: recording the classes an analysis loads (once after each build)..." >&2
    # shellcheck disable=SC2086
    if java $java_opts -XX:ArchiveClassesAtExit="$work/faultline.jsa" -cp "$jar:$(cat "$classpath_file")" \
        dev.faultline.cli.Faultline analyze "$root/examples/reports/deir-ez-zor-clashes.txt" --db "$work/training.duckdb" \
        >/dev/null 2>"$work/log" && [[ -s $work/faultline.jsa ]]; then
      mv -f "$work/faultline.jsa" "$archive"   # one rename: a run beside this one sees the old archive or the new
    else
      echo "faultline: could not record the class archive (see $work/log); starting without it" >&2
      return 0
    fi
    rm -rf "$work"
  fi
  # An archive the JVM cannot use (a jar changed after it) is skipped silently: never a warning on stdout.
  echo "-XX:SharedArchiveFile=$archive -Xlog:cds=off -Xlog:cds+dynamic=off"
}
