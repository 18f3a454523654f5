import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Checks the links of a staged Maven site: every relative {@code href} and {@code src} in every
 * HTML file must name a file inside the site, and every {@code #fragment} an {@code id} (or {@code
 * name}) in the target page. External links (http, https, mailto) are counted, not fetched.
 *
 * <p>Run with the JDK's source launcher after staging the site: {@code java
 * .ci/CheckSiteLinks.java target/staging}. Exits with 1 and lists the broken links when there are
 * any.
 */
public final class CheckSiteLinks {
  private static final Pattern LINK =
      Pattern.compile("\\s(?:href|src)\\s*=\\s*(?:\"([^\"]*)\"|'([^']*)')", Pattern.CASE_INSENSITIVE);
  private static final Pattern ANCHOR =
      Pattern.compile("\\s(?:id|name)\\s*=\\s*(?:\"([^\"]*)\"|'([^']*)')", Pattern.CASE_INSENSITIVE);

  private CheckSiteLinks() {}

  public static void main(String[] args) throws IOException {
    if (args.length != 1) {
      System.err.println("usage: java .ci/CheckSiteLinks.java SITE_DIRECTORY");
      System.exit(2);
    }
    Path root = Path.of(args[0]).toAbsolutePath().normalize();
    if (!Files.isDirectory(root)) {
      System.err.println(root + ": no such directory (stage the site first)");
      System.exit(2);
    }
    List<Path> pages;
    try (Stream<Path> walk = Files.walk(root)) {
      pages = walk.filter(p -> p.toString().endsWith(".html")).sorted().toList();
    }
    Map<Path, Set<String>> anchors = new HashMap<>();
    List<String> broken = new ArrayList<>();
    int checked = 0;
    int external = 0;
    for (Path page : pages) {
      String html = Files.readString(page, StandardCharsets.UTF_8);
      Matcher m = LINK.matcher(html);
      while (m.find()) {
        String link = unescape(m.group(1) != null ? m.group(1) : m.group(2)).strip();
        if (link.isEmpty() || link.equals("#")) {
          continue;
        }
        String lower = link.toLowerCase(java.util.Locale.ROOT);
        if (lower.startsWith("http:")
            || lower.startsWith("https:")
            || lower.startsWith("mailto:")
            || lower.startsWith("//")) {
          external++;
          continue;
        }
        if (lower.startsWith("javascript:") || lower.startsWith("data:")) {
          continue;
        }
        checked++;
        String problem = check(root, page, link, anchors);
        if (problem != null) {
          broken.add(root.relativize(page) + ": " + link + ": " + problem);
        }
      }
    }
    System.out.printf(
        "%d pages, %d internal links checked, %d external links not fetched%n",
        pages.size(), checked, external);
    if (!broken.isEmpty()) {
      broken.forEach(System.out::println);
      System.out.println(broken.size() + " broken links");
      System.exit(1);
    }
    System.out.println("no broken links");
  }

  private static String check(Path root, Path page, String link, Map<Path, Set<String>> anchors)
      throws IOException {
    String path = link;
    String fragment = null;
    int hash = link.indexOf('#');
    if (hash >= 0) {
      path = link.substring(0, hash);
      fragment = link.substring(hash + 1);
    }
    int query = path.indexOf('?');
    if (query >= 0) {
      path = path.substring(0, query);
    }
    Path target;
    if (path.isEmpty()) {
      target = page;
    } else {
      target = page.getParent().resolve(decode(path)).normalize();
    }
    if (!target.startsWith(root)) {
      return "points outside the site";
    }
    if (Files.isDirectory(target)) {
      target = target.resolve("index.html");
    }
    if (!Files.isRegularFile(target)) {
      return "no such file " + root.relativize(target);
    }
    if (fragment != null && !fragment.isEmpty() && target.toString().endsWith(".html")) {
      Set<String> ids = anchors.get(target);
      if (ids == null) {
        ids = new HashSet<>();
        Matcher m = ANCHOR.matcher(Files.readString(target, StandardCharsets.UTF_8));
        while (m.find()) {
          ids.add(unescape(m.group(1) != null ? m.group(1) : m.group(2)));
        }
        anchors.put(target, ids);
      }
      if (!ids.contains(decode(fragment))) {
        return "no anchor #" + fragment + " in " + root.relativize(target);
      }
    }
    return null;
  }

  private static String decode(String s) {
    return java.net.URLDecoder.decode(s.replace("+", "%2B"), StandardCharsets.UTF_8);
  }

  private static String unescape(String s) {
    return s.replace("&amp;", "&")
        .replace("&quot;", "\"")
        .replace("&#39;", "'")
        .replace("&lt;", "<")
        .replace("&gt;", ">");
  }
}
