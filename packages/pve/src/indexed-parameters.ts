/**
 * Slots of each indexed parameter family, by prefix: `net: 32` means `net[n]`
 * stands for `net0` to `net31`. The apidoc does not carry these limits as
 * data (a few descriptions state them in prose, "n is 0 to 30", most say
 * nothing), so they are the constants that make the keys in Proxmox VE 9's
 * sources, each cited. test/indexed-parameters.test.ts checks that every
 * indexed parameter of the apidoc is here and that the prose agrees.
 */
export const INDEXED_PARAMETERS: Record<string, number> = {
  // qemu-server, PVE/QemuServer/Drive.pm: $MAX_IDE_DISKS, $MAX_SATA_DISKS,
  // $MAX_SCSI_DISKS, $MAX_VIRTIO_DISKS, $MAX_UNUSED_DISKS; pve-container's
  // $MAX_UNUSED_DISKS is its $MAX_MOUNT_POINTS, also 256.
  ide: 4,
  sata: 6,
  scsi: 31,
  virtio: 16,
  unused: 256,
  // qemu-server, PVE/QemuServer.pm: $MAX_NETS (ipconfig is made in the same
  // loop), $MAX_SERIAL_PORTS, $MAX_PARALLEL_PORTS; pve-container,
  // PVE/LXC/Config.pm: $MAX_LXC_NETWORKS, also 32.
  net: 32,
  ipconfig: 32,
  serial: 4,
  parallel: 3,
  // qemu-server, PVE/QemuServer/PCI.pm: $MAX_HOSTPCI_DEVICES.
  hostpci: 16,
  // qemu-server, PVE/QemuServer/USB.pm: $MAX_USB_DEVICES = 14, so usb13 is the
  // last; the description's "n can be up to 14" counts one too many.
  usb: 14,
  // qemu-server, PVE/QemuServer/Memory.pm: $MAX_NUMA.
  numa: 8,
  // qemu-server, PVE/QemuServer/Virtiofs.pm: $MAX_VIRTIOFS.
  virtiofs: 10,
  // pve-container, PVE/LXC/Config.pm: $MAX_MOUNT_POINTS, $MAX_DEVICES.
  mp: 256,
  dev: 256,
  // pve-cluster, PVE/Corosync.pm: MAX_LINK_INDEX => 7, an inclusive bound.
  link: 8,
  // pve-manager, PVE/NodeConfig.pm: $MAXDOMAINS = 5, an inclusive bound.
  acmedomain: 6,
};
