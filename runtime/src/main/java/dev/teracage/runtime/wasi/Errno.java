package dev.teracage.runtime.wasi;

/**
 * The {@code errno} values of WASI preview 1, numbered exactly as {@code
 * wasi_snapshot_preview1.witx} defines them. Every host function returns one of these as its i32
 * result ({@code proc_exit} excepted).
 */
public final class Errno {
  /** {@code success}. */
  public static final int SUCCESS = 0;

  /** {@code 2big}. */
  public static final int TOO_BIG = 1;

  /** {@code acces}. */
  public static final int ACCES = 2;

  /** {@code addrinuse}. */
  public static final int ADDRINUSE = 3;

  /** {@code addrnotavail}. */
  public static final int ADDRNOTAVAIL = 4;

  /** {@code afnosupport}. */
  public static final int AFNOSUPPORT = 5;

  /** {@code again}. */
  public static final int AGAIN = 6;

  /** {@code already}. */
  public static final int ALREADY = 7;

  /** {@code badf}. */
  public static final int BADF = 8;

  /** {@code badmsg}. */
  public static final int BADMSG = 9;

  /** {@code busy}. */
  public static final int BUSY = 10;

  /** {@code canceled}. */
  public static final int CANCELED = 11;

  /** {@code child}. */
  public static final int CHILD = 12;

  /** {@code connaborted}. */
  public static final int CONNABORTED = 13;

  /** {@code connrefused}. */
  public static final int CONNREFUSED = 14;

  /** {@code connreset}. */
  public static final int CONNRESET = 15;

  /** {@code deadlk}. */
  public static final int DEADLK = 16;

  /** {@code destaddrreq}. */
  public static final int DESTADDRREQ = 17;

  /** {@code dom}. */
  public static final int DOM = 18;

  /** {@code dquot}. */
  public static final int DQUOT = 19;

  /** {@code exist}. */
  public static final int EXIST = 20;

  /** {@code fault}. */
  public static final int FAULT = 21;

  /** {@code fbig}. */
  public static final int FBIG = 22;

  /** {@code hostunreach}. */
  public static final int HOSTUNREACH = 23;

  /** {@code idrm}. */
  public static final int IDRM = 24;

  /** {@code ilseq}. */
  public static final int ILSEQ = 25;

  /** {@code inprogress}. */
  public static final int INPROGRESS = 26;

  /** {@code intr}. */
  public static final int INTR = 27;

  /** {@code inval}. */
  public static final int INVAL = 28;

  /** {@code io}. */
  public static final int IO = 29;

  /** {@code isconn}. */
  public static final int ISCONN = 30;

  /** {@code isdir}. */
  public static final int ISDIR = 31;

  /** {@code loop}. */
  public static final int LOOP = 32;

  /** {@code mfile}. */
  public static final int MFILE = 33;

  /** {@code mlink}. */
  public static final int MLINK = 34;

  /** {@code msgsize}. */
  public static final int MSGSIZE = 35;

  /** {@code multihop}. */
  public static final int MULTIHOP = 36;

  /** {@code nametoolong}. */
  public static final int NAMETOOLONG = 37;

  /** {@code netdown}. */
  public static final int NETDOWN = 38;

  /** {@code netreset}. */
  public static final int NETRESET = 39;

  /** {@code netunreach}. */
  public static final int NETUNREACH = 40;

  /** {@code nfile}. */
  public static final int NFILE = 41;

  /** {@code nobufs}. */
  public static final int NOBUFS = 42;

  /** {@code nodev}. */
  public static final int NODEV = 43;

  /** {@code noent}. */
  public static final int NOENT = 44;

  /** {@code noexec}. */
  public static final int NOEXEC = 45;

  /** {@code nolck}. */
  public static final int NOLCK = 46;

  /** {@code nolink}. */
  public static final int NOLINK = 47;

  /** {@code nomem}. */
  public static final int NOMEM = 48;

  /** {@code nomsg}. */
  public static final int NOMSG = 49;

  /** {@code noprotoopt}. */
  public static final int NOPROTOOPT = 50;

  /** {@code nospc}. */
  public static final int NOSPC = 51;

  /** {@code nosys}. */
  public static final int NOSYS = 52;

  /** {@code notconn}. */
  public static final int NOTCONN = 53;

  /** {@code notdir}. */
  public static final int NOTDIR = 54;

  /** {@code notempty}. */
  public static final int NOTEMPTY = 55;

  /** {@code notrecoverable}. */
  public static final int NOTRECOVERABLE = 56;

  /** {@code notsock}. */
  public static final int NOTSOCK = 57;

  /** {@code notsup}. */
  public static final int NOTSUP = 58;

  /** {@code notty}. */
  public static final int NOTTY = 59;

  /** {@code nxio}. */
  public static final int NXIO = 60;

  /** {@code overflow}. */
  public static final int OVERFLOW = 61;

  /** {@code ownerdead}. */
  public static final int OWNERDEAD = 62;

  /** {@code perm}. */
  public static final int PERM = 63;

  /** {@code pipe}. */
  public static final int PIPE = 64;

  /** {@code proto}. */
  public static final int PROTO = 65;

  /** {@code protonosupport}. */
  public static final int PROTONOSUPPORT = 66;

  /** {@code prototype}. */
  public static final int PROTOTYPE = 67;

  /** {@code range}. */
  public static final int RANGE = 68;

  /** {@code rofs}. */
  public static final int ROFS = 69;

  /** {@code spipe}. */
  public static final int SPIPE = 70;

  /** {@code srch}. */
  public static final int SRCH = 71;

  /** {@code stale}. */
  public static final int STALE = 72;

  /** {@code timedout}. */
  public static final int TIMEDOUT = 73;

  /** {@code txtbsy}. */
  public static final int TXTBSY = 74;

  /** {@code xdev}. */
  public static final int XDEV = 75;

  /** {@code notcapable}. */
  public static final int NOTCAPABLE = 76;

  private Errno() {}

  /**
   * Returns the witx name of an errno.
   *
   * @param errno an errno value
   * @return its name, for example {@code "badf"}, or {@code "errno(n)"} for an unknown value
   */
  public static String name(int errno) {
    return switch (errno) {
      case 0 -> "success";
      case 1 -> "2big";
      case 2 -> "acces";
      case 3 -> "addrinuse";
      case 4 -> "addrnotavail";
      case 5 -> "afnosupport";
      case 6 -> "again";
      case 7 -> "already";
      case 8 -> "badf";
      case 9 -> "badmsg";
      case 10 -> "busy";
      case 11 -> "canceled";
      case 12 -> "child";
      case 13 -> "connaborted";
      case 14 -> "connrefused";
      case 15 -> "connreset";
      case 16 -> "deadlk";
      case 17 -> "destaddrreq";
      case 18 -> "dom";
      case 19 -> "dquot";
      case 20 -> "exist";
      case 21 -> "fault";
      case 22 -> "fbig";
      case 23 -> "hostunreach";
      case 24 -> "idrm";
      case 25 -> "ilseq";
      case 26 -> "inprogress";
      case 27 -> "intr";
      case 28 -> "inval";
      case 29 -> "io";
      case 30 -> "isconn";
      case 31 -> "isdir";
      case 32 -> "loop";
      case 33 -> "mfile";
      case 34 -> "mlink";
      case 35 -> "msgsize";
      case 36 -> "multihop";
      case 37 -> "nametoolong";
      case 38 -> "netdown";
      case 39 -> "netreset";
      case 40 -> "netunreach";
      case 41 -> "nfile";
      case 42 -> "nobufs";
      case 43 -> "nodev";
      case 44 -> "noent";
      case 45 -> "noexec";
      case 46 -> "nolck";
      case 47 -> "nolink";
      case 48 -> "nomem";
      case 49 -> "nomsg";
      case 50 -> "noprotoopt";
      case 51 -> "nospc";
      case 52 -> "nosys";
      case 53 -> "notconn";
      case 54 -> "notdir";
      case 55 -> "notempty";
      case 56 -> "notrecoverable";
      case 57 -> "notsock";
      case 58 -> "notsup";
      case 59 -> "notty";
      case 60 -> "nxio";
      case 61 -> "overflow";
      case 62 -> "ownerdead";
      case 63 -> "perm";
      case 64 -> "pipe";
      case 65 -> "proto";
      case 66 -> "protonosupport";
      case 67 -> "prototype";
      case 68 -> "range";
      case 69 -> "rofs";
      case 70 -> "spipe";
      case 71 -> "srch";
      case 72 -> "stale";
      case 73 -> "timedout";
      case 74 -> "txtbsy";
      case 75 -> "xdev";
      case 76 -> "notcapable";
      default -> "errno(" + errno + ")";
    };
  }
}
